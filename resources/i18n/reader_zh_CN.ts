<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="154"/>
        <source>All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="164"/>
        <source>Filter by quote, note, tag or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="192"/>
        <source>&amp;Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="222"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="224"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="225"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="225"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="227"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="231"/>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="258"/>
        <source>Showing %1 of %2 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_browser.py" line="260"/>
        <source> · %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="274"/>
        <source>This annotation is an orphan: its passage is no longer in the repaired text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="37"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="38"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="80"/>
        <source>Orphan: its text was not found after the issue was repaired again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_browser.py" line="95"/>
        <source> (orphan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="70"/>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="76"/>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="77"/>
        <source>CSV for Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="78"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="79"/>
        <source>Printable HTML (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="80"/>
        <source>W3C Web Annotation JSON-LD (.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="87"/>
        <source>&amp;All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="88"/>
        <source>With &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="89"/>
        <source>From &amp;issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="90"/>
        <source>&amp;Selected annotations (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="98"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="111"/>
        <source>Where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="112"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="119"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="120"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="127"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="203"/>
        <source>Annotations to export: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="225"/>
        <source>Export annotations to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="251"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/export_dialog.py" line="256"/>
        <source>Exported %n annotations to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="61"/>
        <source>Read, repair and annotate Chinese local newspapers extracted from e-paper PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="63"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="65"/>
        <source>Built with Python %1, PySide6 %2 (Qt), peewee, jieba, rapidfuzz and openpyxl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="74"/>
        <source>About reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="82"/>
        <source>reader Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="86"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="99"/>
        <source>Filter shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="115"/>
        <source>Keys 1–5 colour the selected text; Tab and the arrow keys reach every panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="125"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="126"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalView</name>
    <message>
        <location filename="../../reader/ui/original_view.py" line="81"/>
        <location filename="../../reader/ui/original_view.py" line="393"/>
        <source>Split paragraph here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="82"/>
        <location filename="../../reader/ui/original_view.py" line="394"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="83"/>
        <location filename="../../reader/ui/original_view.py" line="395"/>
        <source>Undo this join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="84"/>
        <location filename="../../reader/ui/original_view.py" line="396"/>
        <source>Move fragment to article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="91"/>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="101"/>
        <source>Original (as imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="102"/>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="116"/>
        <source>Page %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="292"/>
        <source>confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="304"/>
        <source>Joined across a column break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="305"/>
        <source>Article parts stitched together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="306"/>
        <source>Duplicated fragment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="307"/>
        <source>Wrapped heading unwrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="308"/>
        <source>Boilerplate removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="309"/>
        <source>Fragments reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="310"/>
        <source>Jump marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="312"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="319"/>
        <source>Marks: %1. Point at a mark for details; text in grey belongs to other articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="323"/>
        <source>%1 pages, %2 articles, %3 repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="385"/>
        <source>Move fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/original_view.py" line="385"/>
        <source>Move the fragment to the end of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="50"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="54"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="60"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="61"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="65"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="68"/>
        <source>Default (Noto / Source Han / system CJK font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="74"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="76"/>
        <source>Reading font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="77"/>
        <source>Reading &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="78"/>
        <source>A new language applies to windows opened from now on; restart reader to apply it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="156"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="164"/>
        <source>Only passages annotated with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="223"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="240"/>
        <source>Type words to search every issue in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="243"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="272"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="277"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="285"/>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="287"/>
        <source>%1 of %2 results in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_panel.py" line="290"/>
        <source>Results: %n in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagCommands</name>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="80"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="87"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="94"/>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_commands.py" line="101"/>
        <source>Recolour tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="48"/>
        <location filename="../../reader/ui/tag_manager.py" line="314"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="60"/>
        <source>Filter tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="67"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="67"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="72"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="73"/>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="74"/>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="75"/>
        <source>C&amp;lear colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="76"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="89"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="91"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="138"/>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="143"/>
        <source>Group of nested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="146"/>
        <source>Tags: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="228"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="228"/>
        <source>New name (use “/” to nest, e.g. 承诺/经济):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="245"/>
        <source>Merge tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="245"/>
        <source>Move every annotation of “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="264"/>
        <source>Remove the tag “%1” from %n annotation(s)? The annotations themselves stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="265"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/tag_manager.py" line="306"/>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
