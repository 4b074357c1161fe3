<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name />
    <message>
      <location filename="../../reader/ui/import_controller.py" line="24" />
      <source>%1 imported</source>
      <translation>已导入 %1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="28" />
      <source>%1 already in the library</source>
      <translation>%1 已在文库中</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="30" />
      <source>%1 cancelled</source>
      <translation>%1 已取消</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="32" />
      <source>%1 failed: %2</source>
      <translation>%1 导入失败：%2</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="48" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="49" />
      <source>&amp;Import file…</source>
      <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="50" />
      <source>Import text files, one issue each (or drop them on the window)</source>
      <translation>导入文本文件，每个文件为一期（也可拖放到窗口）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="51" />
      <source>Import &amp;folder…</source>
      <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="52" />
      <source>Import a folder whose text files are the pages of one issue</source>
      <translation>导入一个文件夹，其中的文本文件为同一期的各版</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="54" />
      <source>&amp;Export annotations…</source>
      <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="58" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="60" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="61" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="64" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="72" />
      <source>&amp;Find in article…</source>
      <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="74" />
      <source>&amp;Preferences…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="79" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="80" />
      <source>&amp;Theme</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="82" />
      <source>&amp;Light</source>
      <translation>浅色(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="82" />
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="86" />
      <source>&amp;Larger text</source>
      <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="88" />
      <source>&amp;Smaller text</source>
      <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="91" />
      <source>Show &amp;original</source>
      <translation>显示原文(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="92" />
      <source>The text as imported beside the repaired article</source>
      <translation>在修复后的文章旁显示导入时的原文</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="95" />
      <source>Show suggested &amp;commitments</source>
      <translation>显示建议的承诺(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="97" />
      <source>Underline the targets the article commits to; right-click one to accept or reject it</source>
      <translation>为文章中承诺的目标加下划线；右击即可接受或拒绝</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="101" />
      <source>&amp;Library panel</source>
      <translation>文库面板(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="104" />
      <source>&amp;Highlights panel</source>
      <translation>高亮面板(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="109" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="110" />
      <source>&amp;Next article</source>
      <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="112" />
      <source>&amp;Previous article</source>
      <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="114" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="116" />
      <source>Go to &amp;library</source>
      <translation>转到文库(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="117" />
      <source>Go to &amp;article text</source>
      <translation>转到文章正文(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="118" />
      <source>Go to &amp;highlights</source>
      <translation>转到高亮(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="120" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="121" />
      <source>&amp;Tag manager…</source>
      <translation>标签管理(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="125" />
      <source>&amp;Annotation browser</source>
      <translation>批注浏览器(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="126" />
      <source>&amp;Search library</source>
      <translation>搜索文库(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="127" />
      <source>&amp;Commitments</source>
      <translation>承诺事项(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="133" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="134" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="138" />
      <source>&amp;About reader</source>
      <translation>关于 reader(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="44" />
      <source>(lost its place)</source>
      <translation>（已失去定位）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="49" />
      <source>Add a note…</source>
      <translation>添加笔记…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="57" />
      <source>Change colour</source>
      <translation>更改颜色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="67" />
      <source>Edit tags…</source>
      <translation>编辑标签…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="72" />
      <source>Delete highlight (Del)</source>
      <translation>删除高亮（Del）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotate_controller.py" line="20" />
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotate_controller.py" line="20" />
      <source>Note for this highlight:</source>
      <translation>此高亮的笔记：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotate_controller.py" line="70" />
      <source>Select some text of the article first.</source>
      <translation>请先选中文章中的文字。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="78" />
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="85" />
      <source>Pages %1</source>
      <translation>第 %1 版</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="87" />
      <source>Page %1</source>
      <translation>第 %1 版</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="89" />
      <source>incomplete: a part is missing</source>
      <translation>不完整：缺少一部分</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="94" />
      <source>— that part is not in this issue</source>
      <translation>——该部分不在本期中</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="101" />
      <source>(continued from page %1)</source>
      <translation>（上接第 %1 版）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/article_document.py" line="125" />
      <source>(continued on page %1)</source>
      <translation>（下转第 %1 版）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="17" />
      <source>Highlight the selection in %1 (or recolour the highlight at the cursor)</source>
      <translation>将所选文字高亮为%1（或更改光标处高亮的颜色）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="21" />
      <source>Highlight the selection with a note</source>
      <translation>高亮所选文字并添加笔记</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="22" />
      <source>Highlight the selection with tags</source>
      <translation>高亮所选文字并添加标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="23" />
      <source>Highlight the selection as a commitment (%1)</source>
      <translation>将所选文字高亮为承诺（%1）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="25" />
      <source>Delete the highlight at the cursor</source>
      <translation>删除光标处的高亮</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="44" />
      <source>&amp;Highlight</source>
      <translation>高亮(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="48" />
      <source>Highlight with &amp;note…	N</source>
      <translation>高亮并添加笔记(&amp;N)…	N</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="49" />
      <source>Highlight with &amp;tags…	T</source>
      <translation>高亮并添加标签(&amp;T)…	T</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="50" />
      <source>Mark as &amp;commitment (%1)	C</source>
      <translation>标记为承诺(&amp;C)（%1）	C</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="58" />
      <source>Change &amp;colour</source>
      <translation>更改颜色(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="64" />
      <source>Edit &amp;note…</source>
      <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="65" />
      <source>Edit &amp;tags…</source>
      <translation>编辑标签(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="66" />
      <source>&amp;Delete highlight	Del</source>
      <translation>删除高亮(&amp;D)	Del</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="70" />
      <source>&amp;Accept suggested commitment (%1)</source>
      <translation>接受建议的承诺(&amp;A)（%1）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="73" />
      <source>&amp;Reject suggested commitment</source>
      <translation>拒绝建议的承诺(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/reading_actions.py" line="88" />
      <source>Confidence %1 · right-click to accept or reject</source>
      <translation>置信度 %1 · 右击可接受或拒绝</translation>
    </message>
    <message>
      <location filename="../../reader/ui/app.py" line="121" />
      <source>The library is empty. Use File → Import… or drop newspaper text files here.</source>
      <translation>文库是空的。请使用“文件 → 导入…”或将报纸文本文件拖放到此处。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/app.py" line="123" />
      <source>First run: importing the %1 sample issues that come with reader…</source>
      <translation>首次运行：正在导入 reader 自带的 %1 期样例报纸…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/app.py" line="127" />
      <source>Importing sample issues</source>
      <translation>正在导入样例报纸</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="151" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="162" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="162" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="162" />
      <source>Previous</source>
      <translation>上一篇</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="163" />
      <source>Next</source>
      <translation>下一篇</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="163" />
      <source>Original</source>
      <translation>原文</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="164" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="164" />
      <source>Annotations</source>
      <translation>批注</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_menus.py" line="165" />
      <source>Commitments</source>
      <translation>承诺事项</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" />
      <source>Accept commitment “%1”</source>
      <translation>接受承诺“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" />
      <source>Accept %1 commitments</source>
      <translation>接受 %1 项承诺</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" />
      <source>Reject “%1”</source>
      <translation>拒绝“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" />
      <source>Reject %1 suggestions</source>
      <translation>拒绝 %1 条建议</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" />
      <source>Set status to “%1”</source>
      <translation>将状态设为“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" />
      <source>Edit commitment fields</source>
      <translation>编辑承诺字段</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Highlight “%1”</source>
      <translation>高亮“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Highlight</source>
      <translation>高亮</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Delete highlight “%1”</source>
      <translation>删除高亮“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Change colour to %1</source>
      <translation>将颜色改为%1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>no tags</source>
      <translation>无标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Set tags: %1</source>
      <translation>设置标签：%1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Edit note “%1”</source>
      <translation>编辑笔记“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Manual fix: %1 %2</source>
      <translation>手动修复：%1 %2</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>green</source>
      <translation>绿色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>blue</source>
      <translation>蓝色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>pink</source>
      <translation>粉色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>purple</source>
      <translation>紫色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Green</source>
      <translation>绿色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Blue</source>
      <translation>蓝色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Pink</source>
      <translation>粉色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>Purple</source>
      <translation>紫色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>split</source>
      <translation>拆分段落</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>join</source>
      <translation>合并段落</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>unjoin</source>
      <translation>撤销拼接</translation>
    </message>
    <message>
      <location filename="../../reader/ui/undo.py" />
      <source>move</source>
      <translation>移动片段</translation>
    </message>
  </context>
  <context>
    <name>AnnotationBrowser</name>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="158" />
      <source>All annotations</source>
      <translation>全部批注</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="168" />
      <source>Filter by quote, note, tag or title…</source>
      <translation>按引文、笔记、标签或标题筛选…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="196" />
      <source>&amp;Export selection…</source>
      <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="226" />
      <source>All tags</source>
      <translation>全部标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="227" />
      <source>All colours</source>
      <translation>全部颜色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="231" />
      <source>All issues</source>
      <translation>全部报纸期次</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="258" />
      <source>Showing %1 of %2 annotations</source>
      <translation>显示 %2 条批注中的 %1 条</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/annotation_browser.py" line="260" />
      <source> · %n selected</source>
      <translation>
        <numerusform> · 已选 %n 条</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="274" />
      <source>This annotation is an orphan: its passage is no longer in the repaired text.</source>
      <translation>这条批注已失去定位：修复后的正文中找不到它所标注的段落。</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTableModel</name>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="39" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="39" />
      <source>Quote</source>
      <translation>引文</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="39" />
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="39" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="40" />
      <source>Issue</source>
      <translation>期次</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="40" />
      <source>Article</source>
      <translation>文章</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="40" />
      <source>Modified</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="82" />
      <source>Orphan: its text was not found after the issue was repaired again</source>
      <translation>失去定位：重新修复该期后找不到其文字</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotation_browser.py" line="97" />
      <source> (orphan)</source>
      <translation>（失去定位）</translation>
    </message>
  </context>
  <context>
    <name>AnnotationsPanel</name>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="127" />
      <source>No highlights in this article yet.

Select text, then press 1–5 or use the toolbar that appears.</source>
      <translation>本文还没有高亮。

选中文字后按 1–5 键，或使用弹出的工具栏。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/annotations_panel.py" line="176" />
      <source>Highlights (%1)</source>
      <translation>高亮（%1）</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsPanel</name>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="148" />
      <source>The issue whose suggestions are listed</source>
      <translation>列出其建议的期次</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="155" />
      <source>Accept every suggestion at or above this confidence</source>
      <translation>接受置信度不低于此值的全部建议</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="156" />
      <source>&amp;Accept</source>
      <translation>接受(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="157" />
      <source>&amp;Reject</source>
      <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="158" />
      <source>Accept all ≥</source>
      <translation>全部接受 ≥</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="168" />
      <source>Conf.</source>
      <translation>置信度</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="168" />
      <source>Clause</source>
      <translation>条文</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="168" />
      <source>Metric</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="168" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="168" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="169" />
      <source>Qualifier</source>
      <translation>限定语</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="169" />
      <source>Period</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="169" />
      <source>Actor</source>
      <translation>责任主体</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="182" />
      <source>Issue:</source>
      <translation>期次：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="201" />
      <source>Suggestions in this issue</source>
      <translation>本期的建议</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="202" />
      <source>All commitments</source>
      <translation>全部承诺事项</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/commitments_panel.py" line="286" />
      <source>%n open suggestion(s)</source>
      <translation>
        <numerusform>%n 条待处理建议</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_panel.py" line="335" />
      <source>No suggestion at or above %1</source>
      <translation>没有置信度不低于 %1 的建议</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsTable</name>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="127" />
      <source>Filter: metric, clause, note…</source>
      <translation>筛选：指标、条文、笔记…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="131" />
      <source>Any status</source>
      <translation>任意状态</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="136" />
      <location filename="../../reader/ui/commitments_table.py" line="244" />
      <source>All issues</source>
      <translation>全部报纸期次</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="142" />
      <source>Set status</source>
      <translation>设置状态</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="144" />
      <source>Link evidence…</source>
      <translation>关联佐证…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="146" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="152" />
      <source>Metric</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="152" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="152" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="152" />
      <source>Qualifier</source>
      <translation>限定语</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="152" />
      <source>Period</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="153" />
      <source>Actor</source>
      <translation>责任主体</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="153" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="153" />
      <source>Issue</source>
      <translation>期次</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="153" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="153" />
      <source>Clause</source>
      <translation>条文</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="154" />
      <source>Evidence</source>
      <translation>佐证</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="193" />
      <source>Table</source>
      <translation>表格</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="194" />
      <source>Chart per metric</source>
      <translation>按指标作图</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="262" />
      <source>%1 of %2 commitments</source>
      <translation>承诺事项 %1 / %2</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="280" />
      <location filename="../../reader/ui/commitments_table.py" line="293" />
      <source>Select commitments first</source>
      <translation>请先选择承诺事项</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="295" />
      <source>Link evidence</source>
      <translation>关联佐证</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="295" />
      <source>Annotation id of the evidence:</source>
      <translation>作为佐证的批注编号：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="317" />
      <source>Exported to %1</source>
      <translation>已导出到 %1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="321" />
      <source>Export commitments</source>
      <translation>导出承诺事项</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_table.py" line="322" />
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="71" />
      <source>Export annotations</source>
      <translation>导出批注</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="77" />
      <source>Markdown (.md)</source>
      <translation>Markdown（.md）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="78" />
      <source>CSV for Excel (.csv)</source>
      <translation>适用于 Excel 的 CSV（.csv）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="79" />
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="80" />
      <source>Printable HTML (.html)</source>
      <translation>可打印的 HTML（.html）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="81" />
      <source>W3C Web Annotation JSON-LD (.jsonld)</source>
      <translation>W3C 网页批注 JSON-LD（.jsonld）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="88" />
      <source>&amp;All annotations</source>
      <translation>全部批注(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="89" />
      <source>With &amp;tag:</source>
      <translation>带标签(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="90" />
      <source>From &amp;issue:</source>
      <translation>来自期次(&amp;I)：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/export_dialog.py" line="91" />
      <source>&amp;Selected annotations (%n)</source>
      <translation>
        <numerusform>所选批注（%n 条）(&amp;S)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="99" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="112" />
      <source>Where to save the file</source>
      <translation>文件保存位置</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="113" />
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="120" />
      <source>&amp;Format:</source>
      <translation>格式(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="121" />
      <source>F&amp;ile:</source>
      <translation>文件(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="130" />
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="131" />
      <source>Show in &amp;folder</source>
      <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/export_dialog.py" line="210" />
      <source>Annotations to export: %n</source>
      <translation>
        <numerusform>将导出 %n 条批注</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="232" />
      <source>Export annotations to</source>
      <translation>批注导出到</translation>
    </message>
    <message>
      <location filename="../../reader/ui/export_dialog.py" line="258" />
      <source>Export failed: %1</source>
      <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/export_dialog.py" line="263" />
      <source>Exported %n annotations to %1</source>
      <translation>
        <numerusform>已将 %n 条批注导出到 %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="35" />
      <source>Find in article</source>
      <translation>在文章中查找</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="42" />
      <source>Previous match (Shift+Enter)</source>
      <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="46" />
      <source>Next match (Enter)</source>
      <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="50" />
      <source>Close (Esc)</source>
      <translation>关闭（Esc）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="54" />
      <source>Find:</source>
      <translation>查找：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="82" />
      <source>no matches</source>
      <translation>无匹配</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="88" />
      <source>%1 matches</source>
      <translation>%1 处匹配</translation>
    </message>
    <message>
      <location filename="../../reader/ui/find_bar.py" line="95" />
      <source>%1 of %2</source>
      <translation>第 %1 / %2 处</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="66" />
      <source>Read, repair and annotate Chinese local newspapers extracted from e-paper PDFs.</source>
      <translation>阅读、修复并批注从电子报 PDF 中提取的中国地方报纸。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="68" />
      <source>Licence: %1</source>
      <translation>许可证：%1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="70" />
      <source>Built with Python %1, PySide6 %2 (Qt), peewee, jieba, rapidfuzz and openpyxl.</source>
      <translation>基于 Python %1、PySide6 %2（Qt）、peewee、jieba、rapidfuzz 和 openpyxl 构建。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="79" />
      <source>About reader</source>
      <translation>关于 reader</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="87" />
      <source>reader Help</source>
      <translation>reader 帮助</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="91" />
      <source>Command</source>
      <translation>命令</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="91" />
      <source>Shortcut</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="91" />
      <source>Menu</source>
      <translation>菜单</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="104" />
      <source>Filter shortcuts…</source>
      <translation>筛选快捷键…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="121" />
      <source>Keys 1–5 colour the selected text; Tab and the arrow keys reach every panel.</source>
      <translation>按 1–5 键为所选文字上色；Tab 键和方向键可到达每个面板。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="131" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../reader/ui/help_dialog.py" line="132" />
      <source>About</source>
      <translation>关于</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="80" />
      <source>Import queued (%1 items)</source>
      <translation>已排队导入（%1 项）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="86" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="97" />
      <source>Cancelling after this issue…</source>
      <translation>本期完成后取消…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="101" />
      <source>Import newspaper text files</source>
      <translation>导入报纸文本文件</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="101" />
      <source>Text files (*.txt *.md);;All files (*)</source>
      <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="106" />
      <source>Import a folder (one issue, its files are pages)</source>
      <translation>导入文件夹（一期，其中文件为各版）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="115" />
      <source>Importing %1</source>
      <translation>正在导入 %1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="125" />
      <source>Import failed: %1</source>
      <translation>导入失败：%1</translation>
    </message>
  </context>
  <context>
    <name>ImportProgress</name>
    <message>
      <location filename="../../reader/ui/import_controller.py" line="45" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>LibraryTree</name>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="34" />
      <source>Library</source>
      <translation>文库</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="35" />
      <source>Highlights</source>
      <translation>高亮</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="67" />
      <source>%1
%2 pages, %3 articles, %4 highlights</source>
      <translation>%1
%2 版，%3 篇文章，%4 处高亮</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="95" />
      <source>Page %1</source>
      <translation>第 %1 版</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="95" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="102" />
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/library_tree.py" line="106" />
      <source>A part of this article is missing</source>
      <translation>本文缺少一部分</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../reader/ui/main_window.py" line="92" />
      <source>Search library</source>
      <translation>搜索文库</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_window.py" line="94" />
      <source>All annotations</source>
      <translation>全部批注</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_window.py" line="96" />
      <source>Commitments</source>
      <translation>承诺事项</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_window.py" line="115" />
      <source>Opening the library…</source>
      <translation>正在打开文库…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_window.py" line="216" />
      <source>%1 issues · %2 articles · %3 highlights</source>
      <translation>%1 期 · %2 篇文章 · %3 处高亮</translation>
    </message>
    <message>
      <location filename="../../reader/ui/main_window.py" line="326" />
      <source>Imported the %1 sample issues that come with reader. Add your own with File → Import… or by dropping text files on the window.</source>
      <translation>已导入 reader 自带的 %1 期样刊。可通过“文件 → 导入…”或把文本文件拖到窗口上导入自己的报纸。</translation>
    </message>
  </context>
  <context>
    <name>MetricChart</name>
    <message>
      <location filename="../../reader/ui/commitments_chart.py" line="38" />
      <source>No metric is committed to in more than one place yet.</source>
      <translation>目前还没有在多处承诺的指标。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/commitments_chart.py" line="41" />
      <source>Metric:</source>
      <translation>指标：</translation>
    </message>
  </context>
  <context>
    <name>OriginalView</name>
    <message>
      <location filename="../../reader/ui/original_view.py" line="73" />
      <location filename="../../reader/ui/original_view.py" line="354" />
      <source>Split paragraph here</source>
      <translation>在此处拆分段落</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="74" />
      <location filename="../../reader/ui/original_view.py" line="355" />
      <source>Merge with next</source>
      <translation>与下一段合并</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="75" />
      <location filename="../../reader/ui/original_view.py" line="356" />
      <source>Undo this join</source>
      <translation>撤销此处拼接</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="76" />
      <location filename="../../reader/ui/original_view.py" line="357" />
      <source>Move fragment to article…</source>
      <translation>将片段移到文章…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="83" />
      <source>Article:</source>
      <translation>文章：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="93" />
      <source>Original (as imported)</source>
      <translation>原文（导入时）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="94" />
      <source>Repaired</source>
      <translation>修复后</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="108" />
      <source>Page %1 · %2</source>
      <translation>第 %1 版 · %2</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="63" />
      <source>confidence %1</source>
      <translation>置信度 %1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="29" />
      <source>Joined across a column break</source>
      <translation>跨栏断行已拼接</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="30" />
      <source>Article parts stitched together</source>
      <translation>文章各部分已接续</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="31" />
      <source>Duplicated fragment removed</source>
      <translation>已删除重复片段</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="32" />
      <source>Wrapped heading unwrapped</source>
      <translation>折行标题已合并</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="33" />
      <source>Boilerplate removed</source>
      <translation>已删除版面套话</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="34" />
      <source>Fragments reordered</source>
      <translation>片段已重新排序</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="35" />
      <source>Heading moved to its article</source>
      <translation>标题已移回所属文章</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="36" />
      <source>Block recognised (title, byline, page name…)</source>
      <translation>已识别文本块类型（标题、署名、版名…）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="37" />
      <source>Guest list read row by row</source>
      <translation>嘉宾名单已按行对应</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="283" />
      <source>Pages: %1 · articles: %2 · repairs: %3</source>
      <translation>版面：%1 · 文章：%2 · 修复：%3</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="39" />
      <source>Repair</source>
      <translation>修复</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_marks.py" line="47" />
      <source>Marks: %1. Point at a mark for details; text in grey belongs to other articles.</source>
      <translation>标记：%1。指向标记可查看详情；灰色文字属于其他文章。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="345" />
      <source>Move fragment</source>
      <translation>移动片段</translation>
    </message>
    <message>
      <location filename="../../reader/ui/original_view.py" line="345" />
      <source>Move the fragment to the end of:</source>
      <translation>将片段移到以下文章末尾：</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../reader/ui/preferences.py" line="50" />
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="54" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="60" />
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="61" />
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="65" />
      <source> pt</source>
      <translation> 磅</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="68" />
      <source>Default (Noto / Source Han / system CJK font)</source>
      <translation>默认（思源 / Noto / 系统中文字体）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="74" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="75" />
      <source>&amp;Theme:</source>
      <translation>主题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="76" />
      <source>Reading font &amp;size:</source>
      <translation>阅读字号(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="77" />
      <source>Reading &amp;font:</source>
      <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/preferences.py" line="78" />
      <source>A new language applies to windows opened from now on; restart reader to apply it everywhere.</source>
      <translation>新语言将用于此后打开的窗口；重新启动 reader 后全部生效。</translation>
    </message>
  </context>
  <context>
    <name>ReadingView</name>
    <message>
      <location filename="../../reader/ui/reading_view.py" line="166" />
      <source>Choose an article in the library on the left, or drop newspaper text files here to import them.</source>
      <translation>请在左侧文库中选择一篇文章，或将报纸文本文件拖放到此处导入。</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="157" />
      <source>Search the library (Ctrl+Shift+F)</source>
      <translation>搜索文库（Ctrl+Shift+F）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="165" />
      <source>Only passages annotated with this tag</source>
      <translation>只显示带有此标签批注的段落</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="224" />
      <source>All tags</source>
      <translation>全部标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="241" />
      <source>Type words to search every issue in the library.</source>
      <translation>输入词语以搜索文库中的所有期次。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="244" />
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="273" />
      <source>Search failed: %1</source>
      <translation>搜索失败：%1</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="278" />
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="286" />
      <source>No results for “%1”.</source>
      <translation>没有找到“%1”。</translation>
    </message>
    <message>
      <location filename="../../reader/ui/search_panel.py" line="288" />
      <source>%1 of %2 results in %3 ms</source>
      <translation>共 %2 条结果，显示 %1 条，用时 %3 毫秒</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/search_panel.py" line="291" />
      <source>Results: %n in %1 ms</source>
      <translation>
        <numerusform>%n 条结果，用时 %1 毫秒</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SelectionToolbar</name>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="55" />
      <source>Highlight %1 (%2)</source>
      <translation>高亮为%1（%2）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="61" />
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="61" />
      <source>Highlight and add a note (N)</source>
      <translation>高亮并添加笔记（N）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="62" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="62" />
      <source>Highlight and tag (T)</source>
      <translation>高亮并添加标签（T）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/selection_toolbar.py" line="63" />
      <source>Highlight as a commitment (C)</source>
      <translation>高亮为承诺（C）</translation>
    </message>
  </context>
  <context>
    <name>TagCommands</name>
    <message>
      <location filename="../../reader/ui/tag_commands.py" line="76" />
      <source>Rename tag “%1” to “%2”</source>
      <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_commands.py" line="83" />
      <source>Merge tag “%1” into “%2”</source>
      <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_commands.py" line="90" />
      <source>Delete tag “%1”</source>
      <translation>删除标签“%1”</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_commands.py" line="97" />
      <source>Recolour tag “%1”</source>
      <translation>更改标签“%1”的颜色</translation>
    </message>
  </context>
  <context>
    <name>TagEditor</name>
    <message>
      <location filename="../../reader/ui/tag_editor.py" line="56" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_editor.py" line="63" />
      <source>Type a tag and press Enter ("/" nests: 政策/产业)</source>
      <translation>输入标签后按 Enter（用“/”嵌套：政策/产业）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_editor.py" line="71" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_editor.py" line="74" />
      <source>&amp;Remove</source>
      <translation>移除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_editor.py" line="86" />
      <source>Tags of this highlight:</source>
      <translation>此高亮的标签：</translation>
    </message>
  </context>
  <context>
    <name>TagManagerDialog</name>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="49" />
      <location filename="../../reader/ui/tag_manager.py" line="300" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="61" />
      <source>Filter tags…</source>
      <translation>筛选标签…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="68" />
      <source>Tag</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="68" />
      <source>Annotations</source>
      <translation>批注</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="75" />
      <source>&amp;Rename…</source>
      <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="76" />
      <source>&amp;Merge into…</source>
      <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="77" />
      <source>&amp;Colour…</source>
      <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="78" />
      <source>C&amp;lear colour</source>
      <translation>清除颜色(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="79" />
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="92" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="94" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="141" />
      <source> (built in)</source>
      <translation>（内置）</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="146" />
      <source>Group of nested tags</source>
      <translation>嵌套标签组</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/tag_manager.py" line="149" />
      <source>Tags: %n</source>
      <translation>
        <numerusform>共 %n 个标签</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="225" />
      <source>Rename tag</source>
      <translation>重命名标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="225" />
      <source>New name (use “/” to nest, e.g. 承诺/经济):</source>
      <translation>新名称（用“/”表示嵌套，例如 承诺/经济）：</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="242" />
      <source>Merge tag</source>
      <translation>合并标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="242" />
      <source>Move every annotation of “%1” to:</source>
      <translation>将“%1”的全部批注移到：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../reader/ui/tag_manager.py" line="256" />
      <source>Remove the tag “%1” from %n annotation(s)? The annotations themselves stay.</source>
      <translation>
        <numerusform>要从 %n 条批注上移除标签“%1”吗？批注本身会保留。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="257" />
      <source>Delete tag</source>
      <translation>删除标签</translation>
    </message>
    <message>
      <location filename="../../reader/ui/tag_manager.py" line="292" />
      <source>Tag colour</source>
      <translation>标签颜色</translation>
    </message>
  </context>
</TS>
