<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KeptByCandidates</name>
    <message>
        <source>cites %1</source>
        <translation>cites %1</translation>
    </message>
    <message>
        <source>says ‘toezegging’</source>
        <translation>says ‘toezegging’</translation>
    </message>
    <message>
        <source>about: %1</source>
        <translation>about: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot open the PDF</source>
        <translation>%1: cannot open the PDF</translation>
    </message>
</context>
<context>
    <name>kl::AnnotatedPdfExporter</name>
    <message>
        <source>no such letter</source>
        <translation>no such letter</translation>
    </message>
    <message>
        <source>the PDF cannot be opened</source>
        <translation>the PDF cannot be opened</translation>
    </message>
    <message>
        <source>Poppler could not write the PDF</source>
        <translation>Poppler could not write the PDF</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>kl::AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kl::AnnotationMenu</name>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>C&amp;olour</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Add &amp;Note…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Edit &amp;Note…</translation>
    </message>
    <message>
        <source>Make &amp;Highlight</source>
        <translation>Make &amp;Highlight</translation>
    </message>
    <message>
        <source>Make &amp;Underline</source>
        <translation>Make &amp;Underline</translation>
    </message>
    <message>
        <source>&amp;Show in Annotations</source>
        <translation>&amp;Show in Annotations</translation>
    </message>
    <message>
        <source>&amp;Delete Underline</source>
        <translation>&amp;Delete Underline</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Delete Highlight</translation>
    </message>
</context>
<context>
    <name>kl::AnnotationPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Note on this &amp;document:</source>
        <translation>Note on this &amp;document:</translation>
    </message>
    <message>
        <source>Note on this document</source>
        <translation>Note on this document</translation>
    </message>
    <message>
        <source>A note on the whole document (Markdown)…</source>
        <translation>A note on the whole document (Markdown)…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filter annotations</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filter by colour</translation>
    </message>
    <message>
        <source>Show the annotations of one colour</source>
        <translation>Show the annotations of one colour</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <source>Show the annotations with one tag</source>
        <translation>Show the annotations with one tag</translation>
    </message>
    <message>
        <source>Annotations of this document</source>
        <translation>Annotations of this document</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Note as shown</source>
        <translation>Note as shown</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (Markdown: **bold**, *italic*, - lists)…</source>
        <translation>Note (Markdown: **bold**, *italic*, - lists)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <source>Colour of this annotation</source>
        <translation>Colour of this annotation</translation>
    </message>
    <message>
        <source>Change the colour of this annotation</source>
        <translation>Change the colour of this annotation</translation>
    </message>
    <message>
        <source>Delete this annotation</source>
        <translation>Delete this annotation</translation>
    </message>
    <message>
        <source>Re-attach this annotation to the selected text</source>
        <translation>Re-attach this annotation to the selected text</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Not found in this version</source>
        <translation>Not found in this version</translation>
    </message>
    <message>
        <source>%1 (underlined)</source>
        <translation>%1 (underlined)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation>%1 highlight: %2</translation>
    </message>
    <message>
        <source>Select text and press Ctrl+H to highlight it.</source>
        <translation>Select text and press Ctrl+H to highlight it.</translation>
    </message>
    <message>
        <source>“%1” (not found in this version)</source>
        <translation>“%1” (not found in this version)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Re-&amp;attach</source>
        <translation>Re-&amp;attach</translation>
    </message>
    <message>
        <source>Re-attach to the selection: anchor this annotation to the text selected in the reader</source>
        <translation>Re-attach to the selection: anchor this annotation to the text selected in the reader</translation>
    </message>
</context>
<context>
    <name>kl::BoundedFile</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>is not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>too large (%1; the limit is %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>too large (over %1)</source>
        <translation>too large (over %1)</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>cannot be read completely: %1</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8, so it cannot be opened under that name: rename the file (for instance with convmv -f latin1 -t utf8)</source>
        <translation>the file name is not valid UTF-8, so it cannot be opened under that name: rename the file (for instance with convmv -f latin1 -t utf8)</translation>
    </message>
</context>
<context>
    <name>kl::BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of the documents of the pack is in the library.</source>
        <translation>None of the documents of the pack is in the library.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation>Cannot paint on the output device.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>Cross-references</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Document %1 of %2</translation>
    </message>
    <message>
        <source>The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.</source>
        <translation>The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Vergaderjaar</source>
        <translation>Vergaderjaar</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message numerus="yes">
        <source>%1 (PDF, %n page(s))</source>
        <translation>
            <numerusform>%1 (PDF, %n page)</numerusform>
            <numerusform>%1 (PDF, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Original pages</source>
        <translation>Original pages</translation>
    </message>
    <message>
        <source>pages %1–%2 of this pack</source>
        <translation>pages %1–%2 of this pack</translation>
    </message>
    <message>
        <source>Note on the letter</source>
        <translation>Note on the letter</translation>
    </message>
    <message>
        <source>Excerpts (%1)</source>
        <translation>Excerpts (%1)</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Excerpts</translation>
    </message>
    <message>
        <source>No passages of this document are highlighted.</source>
        <translation>No passages of this document are highlighted.</translation>
    </message>
    <message>
        <source>passage not found in this version of the document</source>
        <translation>passage not found in this version of the document</translation>
    </message>
    <message>
        <source>page %1 of the original</source>
        <translation>page %1 of the original</translation>
    </message>
    <message>
        <source>page %1 of this pack</source>
        <translation>page %1 of this pack</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>underlined</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <source>— page %1 —</source>
        <translation>— page %1 —</translation>
    </message>
    <message>
        <source>References found in the text of the documents in this pack and cross-references made by hand, by the document they point to.</source>
        <translation>References found in the text of the documents in this pack and cross-references made by hand, by the document they point to.</translation>
    </message>
    <message>
        <source>Between the documents in this pack</source>
        <translation>Between the documents in this pack</translation>
    </message>
    <message>
        <source>To documents outside this pack</source>
        <translation>To documents outside this pack</translation>
    </message>
    <message>
        <source>Cited by documents outside this pack</source>
        <translation>Cited by documents outside this pack</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>in the library, not in this pack</source>
        <translation>in the library, not in this pack</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>not in the library</translation>
    </message>
    <message>
        <source>cross-reference: “%1”</source>
        <translation>cross-reference: “%1”</translation>
    </message>
    <message>
        <source>cited in %1, page %2</source>
        <translation>cited in %1, page %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>BRIEFING PACK</source>
        <translation>BRIEFING PACK</translation>
    </message>
    <message numerus="yes">
        <source>This pack contains %n document(s)</source>
        <translation>
            <numerusform>This pack contains %n document</numerusform>
            <numerusform>This pack contains %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Kamerlezer on %1</source>
        <translation>Made with Kamerlezer on %1</translation>
    </message>
    <message>
        <source>%1 — original, page %2 of %3</source>
        <translation>%1 — original, page %2 of %3</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>This page cannot be shown.</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>Official source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdrawn by the official source</source>
        <translation>Withdrawn by the official source</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Withdrawn by %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Did not vote</translation>
    </message>
    <message>
        <source>%1 (XML)</source>
        <translation>%1 (XML)</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (text)</translation>
    </message>
    <message>
        <source>The original document follows on page %1 of this pack, with the highlights drawn on it.</source>
        <translation>The original document follows on page %1 of this pack, with the highlights drawn on it.</translation>
    </message>
    <message>
        <source>Open toezeggingen</source>
        <translation>Open toezeggingen</translation>
    </message>
    <message>
        <source>What the government has promised the Kamer in the dossiers of this pack and has not yet kept: found in the letters, added by hand, or in the Kamer&apos;s register.</source>
        <translation>What the government has promised the Kamer in the dossiers of this pack and has not yet kept: found in the letters, added by hand, or in the Kamer&apos;s register.</translation>
    </message>
    <message>
        <source>Documents without a dossier</source>
        <translation>Documents without a dossier</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>in %1, page %2 of this pack</source>
        <translation>in %1, page %2 of this pack</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the debate %1</source>
        <translation>in the debate %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Ministry, directorate or office</source>
        <translation>Ministry, directorate or office</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Departementaal vertrouwelijk</source>
        <translation>Departementaal vertrouwelijk</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marking:</translation>
    </message>
    <message>
        <source>Documents, in the order of the pack (drag to change it)</source>
        <translation>Documents, in the order of the pack (drag to change it)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>Co&amp;ver page</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>Table of &amp;contents</translation>
    </message>
    <message>
        <source>Details of each document (kind, date, sender, dossier)</source>
        <translation>Details of each document (kind, date, sender, dossier)</translation>
    </message>
    <message>
        <source>&amp;Excerpts: highlighted passages with notes and tags</source>
        <translation>&amp;Excerpts: highlighted passages with notes and tags</translation>
    </message>
    <message>
        <source>Index of cross-&amp;references</source>
        <translation>Index of cross-&amp;references</translation>
    </message>
    <message>
        <source>After the excerpts:</source>
        <translation>After the excerpts:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>The full text</source>
        <translation>The full text</translation>
    </message>
    <message>
        <source>The original pages with the highlights</source>
        <translation>The original pages with the highlights</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Print pre&amp;view...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>The library cannot be opened: %1</translation>
    </message>
    <message>
        <source>Document %1 (not in the library)</source>
        <translation>Document %1 (not in the library)</translation>
    </message>
    <message>
        <source>Add documents to the pack</source>
        <translation>Add documents to the pack</translation>
    </message>
    <message>
        <source>Filter by citation or title</source>
        <translation>Filter by citation or title</translation>
    </message>
    <message>
        <source>The pack cannot be printed: %1</source>
        <translation>The pack cannot be printed: %1</translation>
    </message>
    <message>
        <source>Print preview of the briefing pack</source>
        <translation>Print preview of the briefing pack</translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation>Print the briefing pack</translation>
    </message>
    <message>
        <source>Save the briefing pack as PDF</source>
        <translation>Save the briefing pack as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Making the briefing pack...</source>
        <translation>Making the briefing pack...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Page %1 of %2...</source>
        <translation>Page %1 of %2...</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>The pack cannot be saved: %1</source>
        <translation>The pack cannot be saved: %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Open &amp;toezeggingen of the dossiers</source>
        <translation>Open &amp;toezeggingen of the dossiers</translation>
    </message>
</context>
<context>
    <name>kl::ColorMeaningDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation>Colour Meanings</translation>
    </message>
    <message>
        <source>Colour meanings</source>
        <translation>Colour meanings</translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation>What does each highlight colour mean to you?</translation>
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation>Meaning of %1</translation>
    </message>
    <message>
        <source>e.g. important</source>
        <translation>e.g. important</translation>
    </message>
</context>
<context>
    <name>kl::ContentCheck</name>
    <message>
        <source>the server sent nothing</source>
        <translation>the server sent nothing</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not data</source>
        <translation>the server sent an HTML page, not data</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1)</source>
        <translation>the server&apos;s answer is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent %1, not XML</source>
        <translation>the server sent %1, not XML</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not a PDF</source>
        <translation>the server sent an HTML page, not a PDF</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>the file is not a PDF</translation>
    </message>
    <message>
        <source>the PDF is cut short (no end of file)</source>
        <translation>the PDF is cut short (no end of file)</translation>
    </message>
    <message>
        <source>the file is neither a PDF nor XML or HTML</source>
        <translation>the file is neither a PDF nor XML or HTML</translation>
    </message>
</context>
<context>
    <name>kl::DeadlineDialog</name>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Toezegging Deadline</source>
        <translation>Toezegging Deadline</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>As written:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
</context>
<context>
    <name>kl::DocumentPrinter</name>
    <message>
        <source>The printer cannot be used.</source>
        <translation>The printer cannot be used.</translation>
    </message>
</context>
<context>
    <name>kl::DocumentReader</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>too large for a %1 document (%2; the limit is %3)</source>
        <translation>too large for a %1 document (%2; the limit is %3)</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>cannot be read completely: %1</translation>
    </message>
</context>
<context>
    <name>kl::DossierPanel</name>
    <message>
        <source>Filter dossiers and documents</source>
        <translation>Filter dossiers and documents</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Dossiers and documents</source>
        <translation>Dossiers and documents</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n dossier(s)</source>
        <translation>
            <numerusform> in %n dossier</numerusform>
            <numerusform> in %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching document(s)</source>
        <translation>
            <numerusform>%n matching document</numerusform>
            <numerusform>%n matching documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for New Documents</source>
        <translation>Check for New Documents</translation>
    </message>
    <message>
        <source>Unfollow Dossier %1</source>
        <translation>Unfollow Dossier %1</translation>
    </message>
    <message>
        <source>Follow Dossier %1</source>
        <translation>Follow Dossier %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>kl::DossierTreeModel</name>
    <message>
        <source>Without dossier: %1 (%2)</source>
        <translation>Without dossier: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n document(s)</source>
        <translation>
            <numerusform>Cited by %n document</numerusform>
            <numerusform>Cited by %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>nr. %1 %2</source>
        <translation>nr. %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Cited by</translation>
    </message>
    <message>
        <source>Followed: Kamerlezer fetches its new documents (F5 checks now)</source>
        <translation>Followed: Kamerlezer fetches its new documents (F5 checks now)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n new document(s), in bold until opened</source>
        <translation>
            <numerusform>%1
%n new document, in bold until opened</numerusform>
            <numerusform>%1
%n new documents, in bold until opened</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 new</source>
        <translation>%1, %2 new</translation>
    </message>
    <message>
        <source>New: fetched since you last looked</source>
        <translation>New: fetched since you last looked</translation>
    </message>
    <message>
        <source>Withdrawn by the Tweede Kamer; kept here with your annotations</source>
        <translation>Withdrawn by the Tweede Kamer; kept here with your annotations</translation>
    </message>
</context>
<context>
    <name>kl::EditMetadataCommand</name>
    <message>
        <source>Edit the document&apos;s details</source>
        <translation>Edit the document&apos;s details</translation>
    </message>
    <message>
        <source>the document&apos;s details could not be stored: %1</source>
        <translation>the document&apos;s details could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>kl::Error</name>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>invalid input</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>cannot store the change</source>
        <translation>cannot store the change</translation>
    </message>
    <message>
        <source>made by a newer version of Kamerlezer; left unchanged</source>
        <translation>made by a newer version of Kamerlezer; left unchanged</translation>
    </message>
    <message>
        <source>not a Kamerlezer library</source>
        <translation>not a Kamerlezer library</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>kl::ExportActions</name>
    <message>
        <source>Export as Annotated &amp;PDF…</source>
        <translation>Export as Annotated &amp;PDF…</translation>
    </message>
    <message>
        <source>The current document as a PDF with its highlights and notes as PDF annotations</source>
        <translation>The current document as a PDF with its highlights and notes as PDF annotations</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>Export &amp;Notes…</translation>
    </message>
    <message>
        <source>Import N&amp;otes…</source>
        <translation>Import N&amp;otes…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations from PDF…</source>
        <translation>Import &amp;Annotations from PDF…</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Briefing Pack…</translation>
    </message>
    <message>
        <source>Print the chosen documents with a cover, contents, excerpts and notes</source>
        <translation>Print the chosen documents with a cover, contents, excerpts and notes</translation>
    </message>
    <message>
        <source>Export as Annotated PDF</source>
        <translation>Export as Annotated PDF</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.

%1: %2</source>
        <translation>The PDF could not be written.

%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <source>Open or select documents first.</source>
        <translation>Open or select documents first.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n document(s) written to %1</source>
        <translation>
            <numerusform>Notes of %n document written to %1</numerusform>
            <numerusform>Notes of %n documents written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Import Notes</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added.</source>
        <translation>
            <numerusform>%n annotation added.</numerusform>
            <numerusform>%n annotations added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n was already there.</numerusform>
            <numerusform>%n were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the text and are kept to re-attach.</source>
        <translation>
            <numerusform>%n could not be placed in the text and is kept to re-attach.</numerusform>
            <numerusform>%n could not be placed in the text and are kept to re-attach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Import Annotations</translation>
    </message>
    <message>
        <source>Open the document the annotations belong to first.</source>
        <translation>Open the document the annotations belong to first.</translation>
    </message>
    <message>
        <source>Import Annotations from PDF</source>
        <translation>Import Annotations from PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n marked passages were not found in this document.</source>
        <translation>
            <numerusform>%n marked passage was not found in this document.</numerusform>
            <numerusform>%n marked passages were not found in this document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::FetchActions</name>
    <message>
        <source>&amp;Check for New Documents</source>
        <translation>&amp;Check for New Documents</translation>
    </message>
    <message>
        <source>Fetch what is new in the followed dossiers from the Tweede Kamer and KOOP</source>
        <translation>Fetch what is new in the followed dossiers from the Tweede Kamer and KOOP</translation>
    </message>
    <message>
        <source>Fetch &amp;Documents…</source>
        <translation>Fetch &amp;Documents…</translation>
    </message>
    <message>
        <source>Follow &amp;Dossier…</source>
        <translation>Follow &amp;Dossier…</translation>
    </message>
    <message>
        <source>Fetch Documents</source>
        <translation>Fetch Documents</translation>
    </message>
    <message>
        <source>Not a publication id, document number or address of one: %1</source>
        <translation>Not a publication id, document number or address of one: %1</translation>
    </message>
    <message>
        <source>Follow Dossier</source>
        <translation>Follow Dossier</translation>
    </message>
    <message>
        <source>Dossier number (19637, 36600 VI); Kamerlezer fetches all its documents now and what is new at every check:</source>
        <translation>Dossier number (19637, 36600 VI); Kamerlezer fetches all its documents now and what is new at every check:</translation>
    </message>
    <message>
        <source>“%1” is not a dossier number. Write it as 19637 or 36600 VI.</source>
        <translation>“%1” is not a dossier number. Write it as 19637 or 36600 VI.</translation>
    </message>
    <message>
        <source>Publication ids (kst-19637-3274, ah-tk-20232024-1234), Tweede Kamer document numbers
(2024D40329) or addresses from tweedekamer.nl or officielebekendmakingen.nl, one a line:</source>
        <translation>Publication ids (kst-19637-3274, ah-tk-20232024-1234), Tweede Kamer document numbers
(2024D40329) or addresses from tweedekamer.nl or officielebekendmakingen.nl, one a line:</translation>
    </message>
</context>
<context>
    <name>kl::FetchJob</name>
    <message>
        <source>the Tweede Kamer has no document %1</source>
        <translation>the Tweede Kamer has no document %1</translation>
    </message>
    <message>
        <source>KOOP has no publication %1</source>
        <translation>KOOP has no publication %1</translation>
    </message>
    <message>
        <source>KOOP&apos;s record names no file of this publication</source>
        <translation>KOOP&apos;s record names no file of this publication</translation>
    </message>
    <message>
        <source>no PDF or XML to fetch (the Kamer has only a Word file of it)</source>
        <translation>no PDF or XML to fetch (the Kamer has only a Word file of it)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the source has none of its files</source>
        <translation>the source has none of its files</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 is %2, not %3</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votes: %1</translation>
    </message>
    <message>
        <source>Tweede Kamer open data: %1</source>
        <translation>Tweede Kamer open data: %1</translation>
    </message>
    <message>
        <source>KOOP (officiële publicaties): %1</source>
        <translation>KOOP (officiële publicaties): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be fetched</source>
        <translation>
            <numerusform>%n document could not be fetched</numerusform>
            <numerusform>%n documents could not be fetched</numerusform>
        </translation>
    </message>
    <message>
        <source>voted</source>
        <translation>voted</translation>
    </message>
</context>
<context>
    <name>kl::FetchStatus</name>
    <message>
        <source>Fetching progress</source>
        <translation>Fetching progress</translation>
    </message>
    <message>
        <source>Documents fetched</source>
        <translation>Documents fetched</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop fetching; every document fetched so far is complete, the rest comes at the next check</source>
        <translation>Stop fetching; every document fetched so far is complete, the rest comes at the next check</translation>
    </message>
    <message>
        <source>No dossiers are followed. Use File &gt; Follow Dossier to follow one.</source>
        <translation>No dossiers are followed. Use File &gt; Follow Dossier to follow one.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n followed dossier(s)…</source>
        <translation>
            <numerusform>Checking %n followed dossier…</numerusform>
            <numerusform>Checking %n followed dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1 could not be followed: %2</source>
        <translation>Dossier %1 could not be followed: %2</translation>
    </message>
    <message>
        <source>Dossier %1 is no longer followed; its documents stay in the library.</source>
        <translation>Dossier %1 is no longer followed; its documents stay in the library.</translation>
    </message>
    <message>
        <source>Dossier %1 could not be unfollowed: %2</source>
        <translation>Dossier %1 could not be unfollowed: %2</translation>
    </message>
    <message>
        <source>Wait until the documents being fetched are in, then fetch again.</source>
        <translation>Wait until the documents being fetched are in, then fetch again.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n document(s)…</source>
        <translation>
            <numerusform>Fetching %n document…</numerusform>
            <numerusform>Fetching %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1 of %2</source>
        <translation>Fetching %1 of %2</translation>
    </message>
    <message>
        <source>Fetching %1 of %2: %3</source>
        <translation>Fetching %1 of %2: %3</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) in %1</source>
        <translation>
            <numerusform>%n new document in %1</numerusform>
            <numerusform>%n new documents in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn by the Kamer in %1</source>
        <translation>
            <numerusform>%n withdrawn by the Kamer in %1</numerusform>
            <numerusform>%n withdrawn by the Kamer in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; tried again at the next check</source>
        <translation>%1: %2; tried again at the next check</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) fetched</source>
        <translation>
            <numerusform>%n document fetched</numerusform>
            <numerusform>%n documents fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched (%1)</source>
        <translation>
            <numerusform>%n could not be fetched (%1)</numerusform>
            <numerusform>%n could not be fetched (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped; what was fetched is complete</source>
        <translation>stopped; what was fetched is complete</translation>
    </message>
    <message>
        <source>Nothing fetched</source>
        <translation>Nothing fetched</translation>
    </message>
    <message>
        <source>No new documents in the followed dossiers</source>
        <translation>No new documents in the followed dossiers</translation>
    </message>
    <message>
        <source>the Kamer&apos;s register of toezeggingen could not be read (%1)</source>
        <translation>the Kamer&apos;s register of toezeggingen could not be read (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(s) from the Kamer&apos;s register</source>
        <translation>
            <numerusform>%n toezegging from the Kamer&apos;s register</numerusform>
            <numerusform>%n toezeggingen from the Kamer&apos;s register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>Find results</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>kl::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the source has no such file (HTTP %1)</source>
        <translation>the source has no such file (HTTP %1)</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP 429)</source>
        <translation>the server asks to slow down (HTTP 429)</translation>
    </message>
    <message>
        <source>the server had an error (HTTP %1)</source>
        <translation>the server had an error (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP %1)</source>
        <translation>the server refused the request (HTTP %1)</translation>
    </message>
    <message>
        <source>the answer was cut off (%1 of %2 bytes)</source>
        <translation>the answer was cut off (%1 of %2 bytes)</translation>
    </message>
</context>
<context>
    <name>kl::ImportController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kl::ImportJob</name>
    <message>
        <source>a link to %1, outside the folder being imported: skipped</source>
        <translation>a link to %1, outside the folder being imported: skipped</translation>
    </message>
</context>
<context>
    <name>kl::KeptByDialog</name>
    <message>
        <source>Mark Toezegging Kept</source>
        <translation>Mark Toezegging Kept</translation>
    </message>
    <message>
        <source>Which letter keeps “%1”?</source>
        <translation>Which letter keeps “%1”?</translation>
    </message>
    <message>
        <source>Letters that may keep it</source>
        <translation>Letters that may keep it</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <source>Mark Kept</source>
        <translation>Mark Kept</translation>
    </message>
</context>
<context>
    <name>kl::KindNames</name>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motion</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Motions</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendment</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>royal message</source>
        <translation>royal message</translation>
    </message>
    <message>
        <source>Royal messages</source>
        <translation>Royal messages</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>explanatory memorandum</source>
        <translation>explanatory memorandum</translation>
    </message>
    <message>
        <source>Explanatory memoranda</source>
        <translation>Explanatory memoranda</translation>
    </message>
    <message>
        <source>memorandum in reply</source>
        <translation>memorandum in reply</translation>
    </message>
    <message>
        <source>Memoranda in reply</source>
        <translation>Memoranda in reply</translation>
    </message>
    <message>
        <source>Council of State advice</source>
        <translation>Council of State advice</translation>
    </message>
    <message>
        <source>memorandum following the report</source>
        <translation>memorandum following the report</translation>
    </message>
    <message>
        <source>Memoranda following the report</source>
        <translation>Memoranda following the report</translation>
    </message>
    <message>
        <source>memorandum of amendment</source>
        <translation>memorandum of amendment</translation>
    </message>
    <message>
        <source>Memoranda of amendment</source>
        <translation>Memoranda of amendment</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>list of questions</source>
        <translation>list of questions</translation>
    </message>
    <message>
        <source>Lists of questions</source>
        <translation>Lists of questions</translation>
    </message>
    <message>
        <source>decision list</source>
        <translation>decision list</translation>
    </message>
    <message>
        <source>Decision lists</source>
        <translation>Decision lists</translation>
    </message>
    <message>
        <source>decision memo</source>
        <translation>decision memo</translation>
    </message>
    <message>
        <source>Decision memos</source>
        <translation>Decision memos</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unknown kind</translation>
    </message>
    <message>
        <source>Documents of unknown kind</source>
        <translation>Documents of unknown kind</translation>
    </message>
    <message>
        <source>answers to written questions</source>
        <translation>answers to written questions</translation>
    </message>
    <message>
        <source>Answers to written questions</source>
        <translation>Answers to written questions</translation>
    </message>
    <message>
        <source>written questions</source>
        <translation>written questions</translation>
    </message>
    <message>
        <source>Written questions</source>
        <translation>Written questions</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>proceedings</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annex</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>coalition agreement</source>
        <translation>coalition agreement</translation>
    </message>
    <message>
        <source>Coalition agreements</source>
        <translation>Coalition agreements</translation>
    </message>
</context>
<context>
    <name>kl::KindNames::brief</name>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motion</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendment</translation>
    </message>
    <message>
        <source>royal msg.</source>
        <translation>royal msg.</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>expl. memo</source>
        <translation>expl. memo</translation>
    </message>
    <message>
        <source>memo in reply</source>
        <translation>memo in reply</translation>
    </message>
    <message>
        <source>CoS advice</source>
        <translation>CoS advice</translation>
    </message>
    <message>
        <source>memo on report</source>
        <translation>memo on report</translation>
    </message>
    <message>
        <source>amend. memo</source>
        <translation>amend. memo</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>question list</source>
        <translation>question list</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>decision memo</source>
        <translation>decision memo</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>proceedings</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annex</translation>
    </message>
    <message>
        <source>coalition agr.</source>
        <translation>coalition agr.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>kl::KoopXmlImporter</name>
    <message>
        <source>damaged XML at line %1: %2</source>
        <translation>damaged XML at line %1: %2</translation>
    </message>
    <message>
        <source>the XML holds no text</source>
        <translation>the XML holds no text</translation>
    </message>
</context>
<context>
    <name>kl::LetterDetailsDialog</name>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Edit Details</translation>
    </message>
    <message>
        <source>19637, or 36600 VI</source>
        <translation>19637, or 36600 VI</translation>
    </message>
    <message>
        <source>3274, or 104c</source>
        <translation>3274, or 104c</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>D&amp;ossier:</source>
        <translation>D&amp;ossier:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <source>“%1” is not a dossier number: write it as 19637 or 36600 VI.</source>
        <translation>“%1” is not a dossier number: write it as 19637 or 36600 VI.</translation>
    </message>
    <message>
        <source>A number belongs to a dossier: give the dossier too.</source>
        <translation>A number belongs to a dossier: give the dossier too.</translation>
    </message>
</context>
<context>
    <name>kl::LetterTabBar</name>
    <message>
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
</context>
<context>
    <name>kl::LibraryActions</name>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Edit Details…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>&amp;Remove from Library…</translation>
    </message>
    <message>
        <source>Correct the title, kind, dossier, number, date or sender of the document</source>
        <translation>Correct the title, kind, dossier, number, date or sender of the document</translation>
    </message>
    <message>
        <source>Take the chosen documents out of the library (Delete in the dossier tree)</source>
        <translation>Take the chosen documents out of the library (Delete in the dossier tree)</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Edit Details</translation>
    </message>
    <message>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>The details of “%1” could not be stored: %2</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Remove from Library</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>Remove “%1” from the library?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library?</source>
        <translation>
            <numerusform>Remove %n document from the library?</numerusform>
            <numerusform>Remove %n documents from the library?</numerusform>
        </translation>
    </message>
    <message>
        <source>The library&apos;s copy goes; the original file is not touched. Undo (Ctrl+Z) brings it back.</source>
        <translation>The library&apos;s copy goes; the original file is not touched. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message numerus="yes">
        <source>%n cross-reference(s) to or from it are removed.</source>
        <translation>
            <numerusform>%n cross-reference to or from it are removed.</numerusform>
            <numerusform>%n cross-references to or from it are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n annotation(s). Keep them, and they come back when the same document is imported again, or delete them with it.</source>
        <translation>
            <numerusform>It has %n annotation. Keep them, and they come back when the same document is imported again, or delete them with it.</numerusform>
            <numerusform>It has %n annotations. Keep them, and they come back when the same document is imported again, or delete them with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Annotations</source>
        <translation>Remove, &amp;Keep Annotations</translation>
    </message>
    <message>
        <source>Remove with &amp;Annotations</source>
        <translation>Remove with &amp;Annotations</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The documents could not be removed: %1</source>
        <translation>The documents could not be removed: %1</translation>
    </message>
    <message>
        <source>&amp;Merge Documents…</source>
        <translation>&amp;Merge Documents…</translation>
    </message>
    <message>
        <source>Make the two chosen documents one: the same document imported twice</source>
        <translation>Make the two chosen documents one: the same document imported twice</translation>
    </message>
    <message>
        <source>Merge Documents</source>
        <translation>Merge Documents</translation>
    </message>
    <message>
        <source>Make “%1” and “%2” one document?</source>
        <translation>Make “%1” and “%2” one document?</translation>
    </message>
    <message>
        <source>Their files, annotations and cross-references come together in one document; the details (title, kind, dossier, number, date, sender) are those of the one you keep. Undo (Ctrl+Z) makes them two again.</source>
        <translation>Their files, annotations and cross-references come together in one document; the details (title, kind, dossier, number, date, sender) are those of the one you keep. Undo (Ctrl+Z) makes them two again.</translation>
    </message>
    <message>
        <source>Keep the Details of “%1”</source>
        <translation>Keep the Details of “%1”</translation>
    </message>
    <message>
        <source>The documents could not be merged: %1</source>
        <translation>The documents could not be merged: %1</translation>
    </message>
</context>
<context>
    <name>kl::LibraryOpener</name>
    <message>
        <source>Kamerlezer</source>
        <translation>Kamerlezer</translation>
    </message>
    <message>
        <source>The library cannot be opened.

%1</source>
        <translation>The library cannot be opened.

%1</translation>
    </message>
    <message>
        <source>The library&apos;s database is damaged.</source>
        <translation>The library&apos;s database is damaged.</translation>
    </message>
    <message>
        <source>A backup of %1 is there. Restoring it brings the library back as it was then; what was done since is lost. The damaged database is kept in the library folder.</source>
        <translation>A backup of %1 is there. Restoring it brings the library back as it was then; what was done since is lost. The damaged database is kept in the library folder.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>The backup cannot be restored.

%1</source>
        <translation>The backup cannot be restored.

%1</translation>
    </message>
    <message>
        <source>%1/library.sqlite: SQLite finds the database damaged (database disk image is malformed)</source>
        <translation>%1/library.sqlite: SQLite finds the database damaged (database disk image is malformed)</translation>
    </message>
    <message>
        <source>SQLite found damaged pages while backing the library up, so no backup was taken today and the earlier ones are kept. Some documents or annotations may not show. Quit Kamerlezer and run kamerlezer-cli check to see what is damaged; kamerlezer-cli restore-backup puts the newest backup in place.</source>
        <translation>SQLite found damaged pages while backing the library up, so no backup was taken today and the earlier ones are kept. Some documents or annotations may not show. Quit Kamerlezer and run kamerlezer-cli check to see what is damaged; kamerlezer-cli restore-backup puts the newest backup in place.</translation>
    </message>
</context>
<context>
    <name>kl::LibrarySession</name>
    <message>
        <source>Add note to letter</source>
        <translation>Add note to letter</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>Add highlight</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos;</source>
        <translation>unknown colour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation>no annotation %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>Change colour to %1</source>
        <translation>Change colour to %1</translation>
    </message>
    <message>
        <source>Make underline</source>
        <translation>Make underline</translation>
    </message>
    <message>
        <source>Make highlight</source>
        <translation>Make highlight</translation>
    </message>
    <message>
        <source>Re-attach annotation</source>
        <translation>Re-attach annotation</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>the meaning of the colour could not be stored</source>
        <translation>the meaning of the colour could not be stored</translation>
    </message>
    <message>
        <source>that document is not in the library</source>
        <translation>that document is not in the library</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Link to %1</translation>
    </message>
    <message>
        <source>no cross-reference %1</source>
        <translation>no cross-reference %1</translation>
    </message>
    <message>
        <source>Edit cross-reference</source>
        <translation>Edit cross-reference</translation>
    </message>
    <message>
        <source>Delete cross-reference</source>
        <translation>Delete cross-reference</translation>
    </message>
    <message>
        <source>no such letter</source>
        <translation>no such letter</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>Import annotations from PDF</source>
        <translation>Import annotations from PDF</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>a saved search needs a name</translation>
    </message>
    <message>
        <source>the search could not be saved</source>
        <translation>the search could not be saved</translation>
    </message>
    <message>
        <source>the saved search could not be removed</source>
        <translation>the saved search could not be removed</translation>
    </message>
    <message>
        <source>no letter %1 in the library</source>
        <translation>no letter %1 in the library</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)</source>
        <translation>
            <numerusform>Remove %n document</numerusform>
            <numerusform>Remove %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>a document cannot be merged with itself</source>
        <translation>a document cannot be merged with itself</translation>
    </message>
    <message>
        <source>select the words of the toezegging first</source>
        <translation>select the words of the toezegging first</translation>
    </message>
    <message>
        <source>Add toezegging</source>
        <translation>Add toezegging</translation>
    </message>
    <message>
        <source>no toezegging %1</source>
        <translation>no toezegging %1</translation>
    </message>
    <message>
        <source>Set toezegging status</source>
        <translation>Set toezegging status</translation>
    </message>
    <message>
        <source>Change toezegging deadline</source>
        <translation>Change toezegging deadline</translation>
    </message>
    <message>
        <source>Mark toezegging kept by %1</source>
        <translation>Mark toezegging kept by %1</translation>
    </message>
    <message>
        <source>Delete toezegging</source>
        <translation>Delete toezegging</translation>
    </message>
</context>
<context>
    <name>kl::LinkDialog</name>
    <message>
        <source>Link to Document</source>
        <translation>Link to Document</translation>
    </message>
    <message>
        <source>Link to document</source>
        <translation>Link to document</translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation>Link “%1” to:</translation>
    </message>
    <message>
        <source>Filter by title, number or citation</source>
        <translation>Filter by title, number or citation</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filter documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Passage in the document</source>
        <translation>Passage in the document</translation>
    </message>
    <message>
        <source>&amp;Passage:</source>
        <translation>&amp;Passage:</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Optional: choose a passage, or paste a quote from the document</source>
        <translation>Optional: choose a passage, or paste a quote from the document</translation>
    </message>
    <message>
        <source>(the whole document)</source>
        <translation>(the whole document)</translation>
    </message>
    <message>
        <source>like the selection, p. %1: %2</source>
        <translation>like the selection, p. %1: %2</translation>
    </message>
    <message>
        <source>p. %1: %2</source>
        <translation>p. %1: %2</translation>
    </message>
</context>
<context>
    <name>kl::MainWindow</name>
    <message>
        <source>Kamerlezer</source>
        <translation>Kamerlezer</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Library counts</source>
        <translation>Library counts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importing: %1 of %2 files</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>&amp;Search Library…</translation>
    </message>
    <message>
        <source>Search the text of every document and your notes (Ctrl+Shift+F)</source>
        <translation>Search the text of every document and your notes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Filter &amp;Dossiers</source>
        <translation>Filter &amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Go to Page…</translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation>Next &amp;Tab</translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation>Previous T&amp;ab</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation>Highlight the selected text (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Underline</translation>
    </message>
    <message>
        <source>Underline the selected text (Ctrl+U)</source>
        <translation>Underline the selected text (Ctrl+U)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Highlight &amp;Colour</translation>
    </message>
    <message>
        <source>&amp;Name Colours…</source>
        <translation>&amp;Name Colours…</translation>
    </message>
    <message>
        <source>Note on &amp;Document</source>
        <translation>Note on &amp;Document</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>&amp;Re-attach to Selection</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Delete Annotation</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation>&amp;Link To…</translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected text to another document (Ctrl+L)</source>
        <translation>Make a cross-reference from the selected text to another document (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Related Passages</source>
        <translation>&amp;Related Passages</translation>
    </message>
    <message>
        <source>Passages like the selected text in other documents (Ctrl+Shift+R)</source>
        <translation>Passages like the selected text in other documents (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Referenced &amp;By</source>
        <translation>Referenced &amp;By</translation>
    </message>
    <message>
        <source>References &amp;in This Document</source>
        <translation>References &amp;in This Document</translation>
    </message>
    <message>
        <source>&amp;Known As…</source>
        <translation>&amp;Known As…</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <source>Annotation toolbar</source>
        <translation>Annotation toolbar</translation>
    </message>
    <message>
        <source>Colour of new highlights</source>
        <translation>Colour of new highlights</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Highlight colour</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kamerlezer</source>
        <translation>&amp;About Kamerlezer</translation>
    </message>
    <message>
        <source>%1 — Kamerlezer</source>
        <translation>%1 — Kamerlezer</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An import is already running. Try again when it is done.</source>
        <translation>An import is already running. Try again when it is done.</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>Importing documents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rendition(s)</source>
        <translation>
            <numerusform>%n new rendition</numerusform>
            <numerusform>%n new renditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>
…</source>
        <translation>
…</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Import Documents</translation>
    </message>
    <message>
        <source>Parliamentary documents (*.pdf *.txt *.xml);;All files (*)</source>
        <translation>Parliamentary documents (*.pdf *.txt *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Import a Folder</translation>
    </message>
    <message>
        <source>Welcome to Kamerlezer</source>
        <translation>Welcome to Kamerlezer</translation>
    </message>
    <message numerus="yes">
        <source>Your library is empty. Import %n sample letter(s) to try the program?</source>
        <translation>
            <numerusform>Your library is empty. Import %n sample letter to try the program?</numerusform>
            <numerusform>Your library is empty. Import %n sample letters to try the program?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Select some text first.</translation>
    </message>
    <message>
        <source>The annotation could not be stored.</source>
        <translation>The annotation could not be stored.</translation>
    </message>
    <message>
        <source>The linked passage was not found in this document.</source>
        <translation>The linked passage was not found in this document.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <source>Select the passage that refers to the other document first.</source>
        <translation>Select the passage that refers to the other document first.</translation>
    </message>
    <message>
        <source>That document is not in the library.</source>
        <translation>That document is not in the library.</translation>
    </message>
    <message>
        <source>The passage “%1” was not found in %2.</source>
        <translation>The passage “%1” was not found in %2.</translation>
    </message>
    <message>
        <source>The cross-reference could not be stored.</source>
        <translation>The cross-reference could not be stored.</translation>
    </message>
    <message>
        <source>Linked to %1.</source>
        <translation>Linked to %1.</translation>
    </message>
    <message>
        <source>Link To</source>
        <translation>Link To</translation>
    </message>
    <message>
        <source>Select a passage to find passages like it.</source>
        <translation>Select a passage to find passages like it.</translation>
    </message>
    <message>
        <source>This document is no longer known by a name.</source>
        <translation>This document is no longer known by a name.</translation>
    </message>
    <message>
        <source>References to the %1 now open this document.</source>
        <translation>References to the %1 now open this document.</translation>
    </message>
    <message>
        <source>Regeerprogramma</source>
        <translation>Regeerprogramma</translation>
    </message>
    <message>
        <source>Hoofdlijnenakkoord</source>
        <translation>Hoofdlijnenakkoord</translation>
    </message>
    <message>
        <source>Coalitieakkoord</source>
        <translation>Coalitieakkoord</translation>
    </message>
    <message>
        <source>Miljoenennota</source>
        <translation>Miljoenennota</translation>
    </message>
    <message>
        <source>Troonrede</source>
        <translation>Troonrede</translation>
    </message>
    <message>
        <source>Voorjaarsnota</source>
        <translation>Voorjaarsnota</translation>
    </message>
    <message>
        <source>Najaarsnota</source>
        <translation>Najaarsnota</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Known As</source>
        <translation>Known As</translation>
    </message>
    <message>
        <source>References in other documents to this name will open “%1”.
Choose a name or type another:</source>
        <translation>References in other documents to this name will open “%1”.
Choose a name or type another:</translation>
    </message>
    <message>
        <source>About Kamerlezer</source>
        <translation>About Kamerlezer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kamerlezer %1&lt;/h3&gt;&lt;p&gt;A reader for Dutch parliamentary documents.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kamerlezer %1&lt;/h3&gt;&lt;p&gt;A reader for Dutch parliamentary documents.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>The change could not be stored: %1</source>
        <translation>The change could not be stored: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>T&amp;wo Pages</source>
        <translation>T&amp;wo Pages</translation>
    </message>
    <message>
        <source>Show a PDF&apos;s pages side by side, in pairs</source>
        <translation>Show a PDF&apos;s pages side by side, in pairs</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Add as &amp;Toezegging</source>
        <translation>Add as &amp;Toezegging</translation>
    </message>
    <message>
        <source>Track the selected sentence as a commitment of the government (Ctrl+Shift+T)</source>
        <translation>Track the selected sentence as a commitment of the government (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Select the sentence of the toezegging first.</source>
        <translation>Select the sentence of the toezegging first.</translation>
    </message>
    <message>
        <source>The toezegging could not be stored: %1</source>
        <translation>The toezegging could not be stored: %1</translation>
    </message>
    <message>
        <source>Added as a toezegging.</source>
        <translation>Added as a toezegging.</translation>
    </message>
    <message>
        <source>Toezegging %1 is not in the library; following its dossier reads the Kamer&apos;s register, or kamerlezer-cli toezegging %1 fetches it.</source>
        <translation>Toezegging %1 is not in the library; following its dossier reads the Kamer&apos;s register, or kamerlezer-cli toezegging %1 fetches it.</translation>
    </message>
</context>
<context>
    <name>kl::MergeLettersCommand</name>
    <message>
        <source>Merge documents</source>
        <translation>Merge documents</translation>
    </message>
</context>
<context>
    <name>kl::MetadataPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation>Parliamentary year</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Copy the citation</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Citation:</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>No document open</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Eerste Kamer</source>
        <translation>Eerste Kamer</translation>
    </message>
    <message>
        <source>Tweede Kamer</source>
        <translation>Tweede Kamer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 (%2, %n page)</numerusform>
            <numerusform>%1 (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Where the text comes from</translation>
    </message>
    <message>
        <source>waiting for OCR</source>
        <translation>waiting for OCR</translation>
    </message>
    <message>
        <source>OCR failed: no text for the scanned pages</source>
        <translation>OCR failed: no text for the scanned pages</translation>
    </message>
    <message>
        <source>the PDF&apos;s text layer</source>
        <translation>the PDF&apos;s text layer</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>the file&apos;s text</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>Official source</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: fetched on %2 at %3</source>
        <translation>%1: fetched on %2 at %3</translation>
    </message>
    <message>
        <source>Withdrawn by the official source. The document stays in your library with your annotations.</source>
        <translation>Withdrawn by the official source. The document stays in your library with your annotations.</translation>
    </message>
    <message>
        <source>Withdrawn by %1: the document is no longer published there. It stays in your library with your annotations.</source>
        <translation>Withdrawn by %1: the document is no longer published there. It stays in your library with your annotations.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>kl::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note on “%1”</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists</source>
        <translation>Markdown: **bold**, *italic*, - lists</translation>
    </message>
</context>
<context>
    <name>kl::OcrEngine</name>
    <message>
        <source>the OCR model for %1 is not installed (%2 is missing; on Debian: apt install tesseract-ocr-%3)</source>
        <translation>the OCR model for %1 is not installed (%2 is missing; on Debian: apt install tesseract-ocr-%3)</translation>
    </message>
    <message>
        <source>the OCR models in %1 cannot be loaded</source>
        <translation>the OCR models in %1 cannot be loaded</translation>
    </message>
    <message>
        <source>the OCR engine is not ready</source>
        <translation>the OCR engine is not ready</translation>
    </message>
    <message>
        <source>the page image is empty</source>
        <translation>the page image is empty</translation>
    </message>
    <message>
        <source>Tesseract could not read the page</source>
        <translation>Tesseract could not read the page</translation>
    </message>
</context>
<context>
    <name>kl::OcrStatus</name>
    <message>
        <source>OCR progress</source>
        <translation>OCR progress</translation>
    </message>
    <message>
        <source>Pages read with OCR</source>
        <translation>Pages read with OCR</translation>
    </message>
    <message>
        <source>Stop OCR</source>
        <translation>Stop OCR</translation>
    </message>
    <message>
        <source>Stop reading scanned pages; what is not read yet is read on the next start</source>
        <translation>Stop reading scanned pages; what is not read yet is read on the next start</translation>
    </message>
    <message>
        <source>OCR: %1, page %2 of %3</source>
        <translation>OCR: %1, page %2 of %3</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n more waiting)</numerusform>
            <numerusform>%1 (%n more waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR stopped; the rest is read on the next start.</source>
        <translation>OCR stopped; the rest is read on the next start.</translation>
    </message>
    <message>
        <source>OCR could not read %1</source>
        <translation>OCR could not read %1</translation>
    </message>
    <message numerus="yes">
        <source>OCR read %n page(s) of scanned documents.</source>
        <translation>
            <numerusform>OCR read %n page of scanned documents.</numerusform>
            <numerusform>OCR read %n pages of scanned documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping OCR…</source>
        <translation>Stopping OCR…</translation>
    </message>
</context>
<context>
    <name>kl::OfficialFields</name>
    <message>
        <source>Official metadata (%1).</source>
        <translation>Official metadata (%1).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 The text says: %2</source>
        <translation>%1 The text says: %2</translation>
    </message>
</context>
<context>
    <name>kl::OfficialNames</name>
    <message>
        <source>Tweede Kamer open data</source>
        <translation>Tweede Kamer open data</translation>
    </message>
    <message>
        <source>KOOP (officiële publicaties)</source>
        <translation>KOOP (officiële publicaties)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Held over</source>
        <translation>Held over</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>by show of hands</source>
        <translation>by show of hands</translation>
    </message>
    <message>
        <source>by roll call</source>
        <translation>by roll call</translation>
    </message>
    <message>
        <source>%1 for, %2 against</source>
        <translation>%1 for, %2 against</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kl::PageSidebar</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (page %2)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page thumbnails show for a PDF.</source>
        <translation>Page thumbnails show for a PDF.</translation>
    </message>
    <message>
        <source>This PDF has no outline.</source>
        <translation>This PDF has no outline.</translation>
    </message>
    <message>
        <source>The outline shows for a PDF.</source>
        <translation>The outline shows for a PDF.</translation>
    </message>
</context>
<context>
    <name>kl::PassageLocator</name>
    <message>
        <source>no such letter</source>
        <translation>no such letter</translation>
    </message>
    <message>
        <source>the quote is empty</source>
        <translation>the quote is empty</translation>
    </message>
    <message>
        <source>the quote is not in the letter&apos;s text</source>
        <translation>the quote is not in the letter&apos;s text</translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s); there is no occurrence %1</source>
        <translation>
            <numerusform>the quote occurs %n time; there is no occurrence %1</numerusform>
            <numerusform>the quote occurs %n times; there is no occurrence %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the passage lies outside the letter&apos;s text</source>
        <translation>the passage lies outside the letter&apos;s text</translation>
    </message>
    <message>
        <source>no such version of the letter</source>
        <translation>no such version of the letter</translation>
    </message>
</context>
<context>
    <name>kl::PdfImporter</name>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>not a readable PDF (damaged or truncated)</translation>
    </message>
    <message>
        <source>the PDF is encrypted: a password is needed to open it</source>
        <translation>the PDF is encrypted: a password is needed to open it</translation>
    </message>
    <message>
        <source>the PDF has no pages (damaged or truncated)</source>
        <translation>the PDF has no pages (damaged or truncated)</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be read (damaged)</source>
        <translation>page %1 of the PDF cannot be read (damaged)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF has no text layer (or an unreadable one) on %n page(s), scanned?: they are read with OCR</source>
        <translation>
            <numerusform>the PDF has no text layer (or an unreadable one) on %n page, scanned?: it is read with OCR</numerusform>
            <numerusform>the PDF has no text layer (or an unreadable one) on %n pages, scanned?: they are read with OCR</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF has no text layer and nothing to read on its pages: imported without text, so it cannot be searched or annotated</source>
        <translation>the PDF has no text layer and nothing to read on its pages: imported without text, so it cannot be searched or annotated</translation>
    </message>
</context>
<context>
    <name>kl::PdfOcr</name>
    <message>
        <source>the library&apos;s copy cannot be read: %1</source>
        <translation>the library&apos;s copy cannot be read: %1</translation>
    </message>
    <message>
        <source>OCR (Tesseract, Dutch)</source>
        <translation>OCR (Tesseract, Dutch)</translation>
    </message>
    <message>
        <source>the PDF cannot be read again for OCR</source>
        <translation>the PDF cannot be read again for OCR</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered for OCR</source>
        <translation>page %1 cannot be rendered for OCR</translation>
    </message>
    <message>
        <source>the PDF has no text layer and OCR found no text on its pages: imported without text, so it cannot be searched or annotated</source>
        <translation>the PDF has no text layer and OCR found no text on its pages: imported without text, so it cannot be searched or annotated</translation>
    </message>
    <message>
        <source>OCR could not run: %1</source>
        <translation>OCR could not run: %1</translation>
    </message>
</context>
<context>
    <name>kl::PdfPageWidget</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 …</source>
        <translation>Page %1 …</translation>
    </message>
</context>
<context>
    <name>kl::PdfView</name>
    <message>
        <source>PDF pages</source>
        <translation>PDF pages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Go to page %1</source>
        <translation>Go to page %1</translation>
    </message>
</context>
<context>
    <name>kl::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language changes the next time Kamerlezer starts.</source>
        <translation>The language changes the next time Kamerlezer starts.</translation>
    </message>
</context>
<context>
    <name>kl::PrintActions</name>
    <message>
        <source>Print &amp;Document…</source>
        <translation>Print &amp;Document…</translation>
    </message>
    <message>
        <source>Print the open document as it is, with its highlights (Ctrl+Shift+P)</source>
        <translation>Print the open document as it is, with its highlights (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Print Document</translation>
    </message>
    <message>
        <source>%1 cannot be printed: %2</source>
        <translation>%1 cannot be printed: %2</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Print Preview: %1</translation>
    </message>
</context>
<context>
    <name>kl::PrintDate</name>
    <message>
        <source>en</source>
        <comment>The language of dates in printed documents: the locale name of this translation</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>kl::ReaderTab</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>XML text</source>
        <translation>XML text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Document toolbar</source>
        <translation>Document toolbar</translation>
    </message>
    <message>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <source>Which imported file of this document to show</source>
        <translation>Which imported file of this document to show</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Fit Page</translation>
    </message>
    <message>
        <source>%1 nr. %2</source>
        <translation>%1 nr. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>This PDF cannot be shown: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> of %1 </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kl::RecentDocumentsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>No recent documents</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>kl::ReferenceSpan</name>
    <message>
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Handelingen</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <source>Aanhangsel Handelingen</source>
        <translation>Aanhangsel Handelingen</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation>Official publication</translation>
    </message>
    <message>
        <source>EU legislation</source>
        <translation>EU legislation</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Parliamentary document</source>
        <translation>Parliamentary document</translation>
    </message>
    <message>
        <source>Named document</source>
        <translation>Named document</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Cross-reference</translation>
    </message>
    <message>
        <source>Cross-reference to %1</source>
        <translation>Cross-reference to %1</translation>
    </message>
    <message>
        <source>
Passage: “%1”</source>
        <translation>
Passage: “%1”</translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation>
Note: %1</translation>
    </message>
    <message>
        <source>
Click to open it.</source>
        <translation>
Click to open it.</translation>
    </message>
    <message>
        <source>%1 %2: %3
Click to open it.</source>
        <translation>%1 %2: %3
Click to open it.</translation>
    </message>
    <message>
        <source>%1 %2
Not in the library.</source>
        <translation>%1 %2
Not in the library.</translation>
    </message>
    <message>
        <source>%1, nr. %2</source>
        <translation>%1, nr. %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 “%2” is not in the library; File &gt; Fetch Documents gets %3.</source>
        <translation>%1 “%2” is not in the library; File &gt; Fetch Documents gets %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not in the library.</source>
        <translation>%1 “%2” is not in the library.</translation>
    </message>
</context>
<context>
    <name>kl::ReferencesPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>References tabs</source>
        <translation>References tabs</translation>
    </message>
    <message>
        <source>Referenced by summary</source>
        <translation>Referenced by summary</translation>
    </message>
    <message>
        <source>Document and passage</source>
        <translation>Document and passage</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenced by</translation>
    </message>
    <message>
        <source>Referenced By</source>
        <translation>Referenced By</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>References in this document</source>
        <translation>References in this document</translation>
    </message>
    <message>
        <source>In This Document</source>
        <translation>In This Document</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>No document open.</translation>
    </message>
    <message>
        <source>%1: click to open it</source>
        <translation>%1: click to open it</translation>
    </message>
    <message>
        <source>Cross-reference: %1</source>
        <translation>Cross-reference: %1</translation>
    </message>
    <message>
        <source>A cross-reference made by hand</source>
        <translation>A cross-reference made by hand</translation>
    </message>
    <message>
        <source>Refers to it as “%1”</source>
        <translation>Refers to it as “%1”</translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation>
Note: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) refer to this one.</source>
        <translation>
            <numerusform>%n document refers to this one.</numerusform>
            <numerusform>%n documents refer to this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>No document in the library refers to this one.</source>
        <translation>No document in the library refers to this one.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Not in the library</translation>
    </message>
    <message>
        <source>&amp;Remove Cross-Reference</source>
        <translation>&amp;Remove Cross-Reference</translation>
    </message>
</context>
<context>
    <name>kl::RelatedPassagesPanel</name>
    <message>
        <source>Related passages</source>
        <translation>Related passages</translation>
    </message>
    <message>
        <source>Select a passage and choose Related Passages to find passages like it in other documents.</source>
        <translation>Select a passage and choose Related Passages to find passages like it in other documents.</translation>
    </message>
    <message>
        <source>Related passages for</source>
        <translation>Related passages for</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Related passages list</source>
        <translation>Related passages list</translation>
    </message>
    <message>
        <source>No passages like “%1” in other documents.</source>
        <translation>No passages like “%1” in other documents.</translation>
    </message>
    <message>
        <source>Passages like “%1”:</source>
        <translation>Passages like “%1”:</translation>
    </message>
    <message>
        <source>%1 · page %2
%3</source>
        <translation>%1 · page %2
%3</translation>
    </message>
    <message>
        <source>%1, page %2: click to open it</source>
        <translation>%1, page %2: click to open it</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, page %2: %3</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected passage to this one</source>
        <translation>Make a cross-reference from the selected passage to this one</translation>
    </message>
    <message>
        <source>Link to %1, page %2</source>
        <translation>Link to %1, page %2</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
</context>
<context>
    <name>kl::RemoveLetterCommand</name>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
</context>
<context>
    <name>kl::SearchPanel</name>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Only in my notes</source>
        <translation>Only in my notes</translation>
    </message>
    <message>
        <source>Search letters and notes…</source>
        <translation>Search letters and notes…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefixes like migra*, and AND, OR, NOT. Accents do not matter.</source>
        <translation>Words, &quot;exact phrases&quot;, prefixes like migra*, and AND, OR, NOT. Accents do not matter.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Show filters</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Run a saved search</source>
        <translation>Run a saved search</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Search filters</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation>Parliamentary year</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Part of the sender, e.g. minister</source>
        <translation>Part of the sender, e.g. minister</translation>
    </message>
    <message>
        <source>Search the notes you wrote, not the letters&apos; text</source>
        <translation>Search the notes you wrote, not the letters&apos; text</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <source>Any dossier</source>
        <translation>Any dossier</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>No saved searches</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Hide filters</translation>
    </message>
    <message>
        <source>This search cannot be read (%1). Check the quotation marks and brackets.</source>
        <translation>This search cannot be read (%1). Check the quotation marks and brackets.</translation>
    </message>
    <message>
        <source>Type to search the text of every letter and your notes.</source>
        <translation>Type to search the text of every letter and your notes.</translation>
    </message>
    <message>
        <source>No hits with these filters.</source>
        <translation>No hits with these filters.</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>No hits.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 hits in 5 letters</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <source>1 letter</source>
        <translation>1 letter</translation>
    </message>
    <message>
        <source>%1 letters</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <source>The best %1</source>
        <translation>The best %1</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Save Search</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Name of this search:</translation>
    </message>
    <message>
        <source>The search could not be saved in the library.</source>
        <translation>The search could not be saved in the library.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Delete Saved Search</translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;? The letters and notes stay.</source>
        <translation>Delete the saved search &quot;%1&quot;? The letters and notes stay.</translation>
    </message>
    <message>
        <source>Save…: save this search and its filters under a name</source>
        <translation>Save…: save this search and its filters under a name</translation>
    </message>
    <message>
        <source>Delete: delete the selected saved search</source>
        <translation>Delete: delete the selected saved search</translation>
    </message>
</context>
<context>
    <name>kl::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation>Untitled document</translation>
    </message>
    <message>
        <source>%1, 1 hit</source>
        <translation>%1, 1 hit</translation>
    </message>
    <message>
        <source>%1, %2 hits</source>
        <translation>%1, %2 hits</translation>
    </message>
    <message>
        <source>In your note, page %1</source>
        <translation>In your note, page %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Note on page %1: %2</source>
        <translation>Note on page %1: %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
</context>
<context>
    <name>kl::SetNamedAsCommand</name>
    <message>
        <source>Set the name the document is known by</source>
        <translation>Set the name the document is known by</translation>
    </message>
    <message>
        <source>the document&apos;s name could not be stored</source>
        <translation>the document&apos;s name could not be stored</translation>
    </message>
</context>
<context>
    <name>kl::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Filter commands and keys</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>kl::SnippetDelegate</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>kl::SruPage</name>
    <message>
        <source>the answer is not an SRU response</source>
        <translation>the answer is not an SRU response</translation>
    </message>
</context>
<context>
    <name>kl::StoredCopy</name>
    <message>
        <source>%1: the library&apos;s copy is missing; kamerlezer-cli check --repair copies it again from the original when that is still there</source>
        <translation>%1: the library&apos;s copy is missing; kamerlezer-cli check --repair copies it again from the original when that is still there</translation>
    </message>
    <message>
        <source>%1: the library&apos;s copy has changed since it was imported (its checksum differs); kamerlezer-cli check --repair copies it again from the original when that is still there</source>
        <translation>%1: the library&apos;s copy has changed since it was imported (its checksum differs); kamerlezer-cli check --repair copies it again from the original when that is still there</translation>
    </message>
</context>
<context>
    <name>kl::TextDecoder</name>
    <message>
        <source>invalid %1 text</source>
        <translation>invalid %1 text</translation>
    </message>
    <message>
        <source>unknown encoding or binary data (NUL bytes; UTF-16 needs a byte order mark)</source>
        <translation>unknown encoding or binary data (NUL bytes; UTF-16 needs a byte order mark)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced</source>
        <translation>
            <numerusform>%n byte is not valid UTF-8 and was replaced</numerusform>
            <numerusform>%n bytes are not valid UTF-8 and were replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown encoding or binary data, not text</source>
        <translation>unknown encoding or binary data, not text</translation>
    </message>
</context>
<context>
    <name>kl::TextImporter</name>
    <message>
        <source>the file holds no text</source>
        <translation>the file holds no text</translation>
    </message>
</context>
<context>
    <name>kl::TextView</name>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>kl::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>kl::ToezeggingModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Made to %1</source>
        <translation>Made to %1</translation>
    </message>
    <message>
        <source>Kept by %1</source>
        <translation>Kept by %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Made in</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Made in %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
</context>
<context>
    <name>kl::ToezeggingenPanel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Mark Kept…</source>
        <translation>Mark Kept…</translation>
    </message>
    <message>
        <source>Choose the letter that keeps it</source>
        <translation>Choose the letter that keeps it</translation>
    </message>
    <message>
        <source>Deadline…</source>
        <translation>Deadline…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Not a toezegging: it is not found again</source>
        <translation>Not a toezegging: it is not found again</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Marked kept.</source>
        <translation>Marked kept.</translation>
    </message>
    <message>
        <source>Deadline changed.</source>
        <translation>Deadline changed.</translation>
    </message>
    <message>
        <source>Dismissed: it is not a toezegging.</source>
        <translation>Dismissed: it is not a toezegging.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mark &amp;Kept…</source>
        <translation>Mark &amp;Kept…</translation>
    </message>
    <message>
        <source>&amp;Deadline…</source>
        <translation>&amp;Deadline…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>D&amp;ismiss</translation>
    </message>
    <message>
        <source>Change the deadline</source>
        <translation>Change the deadline</translation>
    </message>
</context>
<context>
    <name>kl::VlosXmlImporter</name>
    <message>
        <source>damaged XML at line %1: %2</source>
        <translation>damaged XML at line %1: %2</translation>
    </message>
    <message>
        <source>the XML holds no text</source>
        <translation>the XML holds no text</translation>
    </message>
</context>
<context>
    <name>kl::VoteSummary</name>
    <message>
        <source>Vote outcome</source>
        <translation>Vote outcome</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>Voted for</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>Voted against</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Did not vote</translation>
    </message>
    <message>
        <source>How the Kamer voted</source>
        <translation>How the Kamer voted</translation>
    </message>
    <message>
        <source>Vote: %1</source>
        <translation>Vote: %1</translation>
    </message>
    <message>
        <source>Vote: %1 · %2</source>
        <translation>Vote: %1 · %2</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Seats: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
</context>
<context>
    <name>kl::WelcomePage</name>
    <message>
        <source>No document open</source>
        <translation>No document open</translation>
    </message>
    <message>
        <source>Open a document from the dossier tree, search the library with Ctrl+Shift+F, or import files with File → Import Files… (Ctrl+O) or by dropping them here.</source>
        <translation>Open a document from the dossier tree, search the library with Ctrl+Shift+F, or import files with File → Import Files… (Ctrl+O) or by dropping them here.</translation>
    </message>
</context>
<context>
    <name>kl::XmlEntities</name>
    <message>
        <source>the XML declares entities of its own (&lt;!ENTITY&gt;), which official publications never do: not read</source>
        <translation>the XML declares entities of its own (&lt;!ENTITY&gt;), which official publications never do: not read</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for Dutch parliamentary documents.</source>
        <translation>A reader for Dutch parliamentary documents.</translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation>The library folder (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The language of the interface (nl, en).</source>
        <translation>The language of the interface (nl, en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Documents to import and open (PDF, text, XML).</source>
        <translation>Documents to import and open (PDF, text, XML).</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
</context>
</TS>
