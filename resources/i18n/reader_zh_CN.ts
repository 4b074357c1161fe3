<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="154"/>
        <source>All annotations</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="164"/>
        <source>Filter by quote, note, tag or title…</source>
        <translation>按引文、笔记、标签或标题筛选…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="192"/>
        <source>&amp;Export selection…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="222"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="225"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="225"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="227"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="231"/>
        <source>All issues</source>
        <translation>全部报纸期次</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="258"/>
        <source>Showing %1 of %2 annotations</source>
        <translation>显示 %2 条批注中的 %1 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_browser.py" line="260"/>
        <source> · %n selected</source>
        <translation>
            <numerusform> · 已选 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="274"/>
        <source>This annotation is an orphan: its passage is no longer in the repaired text.</source>
        <translation>这条批注已失去定位：修复后的正文中找不到它所标注的段落。</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="80"/>
        <source>Orphan: its text was not found after the issue was repaired again</source>
        <translation>失去定位：重新修复该期后找不到其文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="95"/>
        <source> (orphan)</source>
        <translation>（失去定位）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="70"/>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="76"/>
        <source>Markdown (.md)</source>
        <translation>Markdown（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="77"/>
        <source>CSV for Excel (.csv)</source>
        <translation>适用于 Excel 的 CSV（.csv）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="78"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="79"/>
        <source>Printable HTML (.html)</source>
        <translation>可打印的 HTML（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="80"/>
        <source>W3C Web Annotation JSON-LD (.jsonld)</source>
        <translation>W3C 网页批注 JSON-LD（.jsonld）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="87"/>
        <source>&amp;All annotations</source>
        <translation>全部批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="88"/>
        <source>With &amp;tag:</source>
        <translation>带标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="89"/>
        <source>From &amp;issue:</source>
        <translation>来自期次(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="90"/>
        <source>&amp;Selected annotations (%n)</source>
        <translation>
            <numerusform>所选批注（%n 条）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="98"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="111"/>
        <source>Where to save the file</source>
        <translation>文件保存位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="112"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="119"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="120"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="127"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="203"/>
        <source>Annotations to export: %n</source>
        <translation>
            <numerusform>将导出 %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="225"/>
        <source>Export annotations to</source>
        <translation>批注导出到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="251"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="256"/>
        <source>Exported %n annotations to %1</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="61"/>
        <source>Read, repair and annotate Chinese local newspapers extracted from e-paper PDFs.</source>
        <translation>阅读、修复并批注从电子报 PDF 中提取的中国地方报纸。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="63"/>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="65"/>
        <source>Built with Python %1, PySide6 %2 (Qt), peewee, jieba, rapidfuzz and openpyxl.</source>
        <translation>基于 Python %1、PySide6 %2（Qt）、peewee、jieba、rapidfuzz 和 openpyxl 构建。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="74"/>
        <source>About reader</source>
        <translation>关于 reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="82"/>
        <source>reader Help</source>
        <translation>reader 帮助</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="99"/>
        <source>Filter shortcuts…</source>
        <translation>筛选快捷键…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="115"/>
        <source>Keys 1–5 colour the selected text; Tab and the arrow keys reach every panel.</source>
        <translation>按 1–5 键为所选文字上色；Tab 键和方向键可到达每个面板。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="125"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="126"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OriginalView</name>
    <message>
        <location filename="../../reader/ui/original_view.py" line="81"/>
        <location filename="../../reader/ui/original_view.py" line="393"/>
        <source>Split paragraph here</source>
        <translation>在此处拆分段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="82"/>
        <location filename="../../reader/ui/original_view.py" line="394"/>
        <source>Merge with next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="83"/>
        <location filename="../../reader/ui/original_view.py" line="395"/>
        <source>Undo this join</source>
        <translation>撤销此处拼接</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="84"/>
        <location filename="../../reader/ui/original_view.py" line="396"/>
        <source>Move fragment to article…</source>
        <translation>将片段移到文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="91"/>
        <source>Article:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="101"/>
        <source>Original (as imported)</source>
        <translation>原文（导入时）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="102"/>
        <source>Repaired</source>
        <translation>修复后</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="116"/>
        <source>Page %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="292"/>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="304"/>
        <source>Joined across a column break</source>
        <translation>跨栏断行已拼接</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="305"/>
        <source>Article parts stitched together</source>
        <translation>文章各部分已接续</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="306"/>
        <source>Duplicated fragment removed</source>
        <translation>已删除重复片段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="307"/>
        <source>Wrapped heading unwrapped</source>
        <translation>折行标题已合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="308"/>
        <source>Boilerplate removed</source>
        <translation>已删除版面套话</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="309"/>
        <source>Fragments reordered</source>
        <translation>片段已重新排序</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="310"/>
        <source>Jump marker</source>
        <translation>转版标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="312"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="319"/>
        <source>Marks: %1. Point at a mark for details; text in grey belongs to other articles.</source>
        <translation>标记：%1。指向标记可查看详情；灰色文字属于其他文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="323"/>
        <source>%1 pages, %2 articles, %3 repairs</source>
        <translation>%1 版，%2 篇文章，%3 处修复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="385"/>
        <source>Move fragment</source>
        <translation>移动片段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="385"/>
        <source>Move the fragment to the end of:</source>
        <translation>将片段移到以下文章末尾：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="50"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="54"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="60"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="61"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="65"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="68"/>
        <source>Default (Noto / Source Han / system CJK font)</source>
        <translation>默认（思源 / Noto / 系统中文字体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="76"/>
        <source>Reading font &amp;size:</source>
        <translation>阅读字号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="77"/>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="78"/>
        <source>A new language applies to windows opened from now on; restart reader to apply it everywhere.</source>
        <translation>新语言将用于此后打开的窗口；重新启动 reader 后全部生效。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="156"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>搜索文库（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="164"/>
        <source>Only passages annotated with this tag</source>
        <translation>只显示带有此标签批注的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="223"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="240"/>
        <source>Type words to search every issue in the library.</source>
        <translation>输入词语以搜索文库中的所有期次。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="243"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="272"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="277"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="285"/>
        <source>No results for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="287"/>
        <source>%1 of %2 results in %3 ms</source>
        <translation>共 %2 条结果，显示 %1 条，用时 %3 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_panel.py" line="290"/>
        <source>Results: %n in %1 ms</source>
        <translation>
            <numerusform>%n 条结果，用时 %1 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagCommands</name>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="80"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="87"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="94"/>
        <source>Delete tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="101"/>
        <source>Recolour tag “%1”</source>
        <translation>更改标签“%1”的颜色</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="48"/>
        <location filename="../../reader/ui/tag_manager.py" line="314"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="60"/>
        <source>Filter tags…</source>
        <translation>筛选标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="67"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="67"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="72"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="73"/>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="74"/>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="75"/>
        <source>C&amp;lear colour</source>
        <translation>清除颜色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="138"/>
        <source> (built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="143"/>
        <source>Group of nested tags</source>
        <translation>嵌套标签组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="146"/>
        <source>Tags: %n</source>
        <translation>
            <numerusform>共 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="228"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="228"/>
        <source>New name (use “/” to nest, e.g. 承诺/经济):</source>
        <translation>新名称（用“/”表示嵌套，例如 承诺/经济）：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="245"/>
        <source>Merge tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="245"/>
        <source>Move every annotation of “%1” to:</source>
        <translation>将“%1”的全部批注移到：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="264"/>
        <source>Remove the tag “%1” from %n annotation(s)? The annotations themselves stay.</source>
        <translation>
            <numerusform>要从 %n 条批注上移除标签“%1”吗？批注本身会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="265"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="306"/>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
</TS>
