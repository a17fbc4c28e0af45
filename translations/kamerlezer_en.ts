<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::AddAnnotationCommand</name>
    <message>
        <source>Add note to letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::AddLinkCommand</name>
    <message>
        <source>Add cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::AnnotationPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole document (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations of one colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations with one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Markdown: **bold**, *italic*, - lists)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of this annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the colour of this annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach this annotation to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor this annotation to the text selected in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (underlined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text and press Ctrl+H to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (not found in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackBuilder::Private</name>
    <message>
        <source>Document %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergaderjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (PDF, %n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1–%2 of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passages of this document are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage not found in this version of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— page %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References found in the text of the documents in this pack and cross-references made by hand, by the document they point to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the library, not in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-reference: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited in %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the documents in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To documents outside this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by documents outside this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIEFING PACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This pack contains %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Kamerlezer on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — original, page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the documents of the pack is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry, directorate or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departementaal vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, in the order of the pack (drag to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of each document (kind, date, sender, dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpts: highlighted passages with notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of cross-&amp;references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the excerpts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original pages with the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by citation or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing pack as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the briefing pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::ColorMeaningDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour meanings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. important</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::DossierPanel</name>
    <message>
        <source>Filter dossiers and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::DossierTreeModel</name>
    <message>
        <source>Without dossier: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nr. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::EditLinkCommand</name>
    <message>
        <source>Edit cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::ImportController</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::KindNames</name>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>royal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royal messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanatory memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanatory memoranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memorandum in reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memoranda in reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council of State advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memorandum following the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memoranda following the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memorandum of amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memoranda of amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::LetterTabBar</name>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::LinkDialog</name>
    <message>
        <source>Link to Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, number or citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: paste a quote from the document to link to that passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::MainWindow</name>
    <message>
        <source>Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every document and your notes (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline the selected text (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name Colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on &amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected text to another document (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages like the selected text in other documents (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced &amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References &amp;in This Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of new highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rendition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliamentary documents (*.pdf *.txt *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your library is empty. Import %n sample letter(s) to try the program?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked passage was not found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage that refers to the other document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage “%1” was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-reference could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage to find passages like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is no longer known by a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to the %1 now open this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeerprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoofdlijnenakkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalitieakkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljoenennota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troonrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorjaarsnota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Najaarsnota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References in other documents to this name will open “%1”.
Choose a name or type another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kamerlezer %1&lt;/h3&gt;&lt;p&gt;A reader for Dutch parliamentary documents.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::MetadataPanel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste Kamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede Kamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::PdfPageWidget</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::PdfView</name>
    <message>
        <source>PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::ReaderTab</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which imported file of this document to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nr. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::ReferenceSpan</name>
    <message>
        <source>Kamerstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanhangsel Handelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliamentary document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Passage: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3
Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” (%3) is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::ReferencesPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document and passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In This Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cross-reference made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to it as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) refer to this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No document in the library refers to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Cross-Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::RelatedPassagesPanel</name>
    <message>
        <source>Related passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage and choose Related Passages to find passages like it in other documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related passages for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related passages list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passages like “%1” in other documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages like “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: click to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected passage to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::RemoveAnnotationCommand</name>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::RemoveLinkCommand</name>
    <message>
        <source>Delete cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::SearchPanel</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search letters and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefixes like migra*, and AND, OR, NOT. Accents do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search and its filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the sender, e.g. minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes you wrote, not the letters&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search cannot be read (%1). Check the quotation marks and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the text of every letter and your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 hits in 5 letters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be saved in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;? The letters and notes stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your note, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::SnippetDelegate</name>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::TextView</name>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for Dutch parliamentary documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface (nl, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to import and open (PDF, text, XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamerlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
