<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>KeptByCandidates</name>
    <message>
        <source>cites %1</source>
        <translation>noemt %1</translation>
    </message>
    <message>
        <source>says ‘toezegging’</source>
        <translation>spreekt van ‘toezegging’</translation>
    </message>
    <message>
        <source>about: %1</source>
        <translation>over: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot open the PDF</source>
        <translation>%1: de pdf kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>kl::AnnotatedPdfExporter</name>
    <message>
        <source>no such letter</source>
        <translation>dit document bestaat niet</translation>
    </message>
    <message>
        <source>the PDF cannot be opened</source>
        <translation>de pdf kan niet worden geopend</translation>
    </message>
    <message>
        <source>Poppler could not write the PDF</source>
        <translation>Poppler kon de pdf niet schrijven</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>kl::AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Roze</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Paars</translation>
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
        <translation>Onderstreping</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>K&amp;leur</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notitie bewerken…</translation>
    </message>
    <message>
        <source>Make &amp;Highlight</source>
        <translation>Maak er een &amp;markering van</translation>
    </message>
    <message>
        <source>Make &amp;Underline</source>
        <translation>Maak er een &amp;onderstreping van</translation>
    </message>
    <message>
        <source>&amp;Show in Annotations</source>
        <translation>&amp;Tonen bij Aantekeningen</translation>
    </message>
    <message>
        <source>&amp;Delete Underline</source>
        <translation>Onderstreping &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Markering &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>kl::AnnotationPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Note on this &amp;document:</source>
        <translation>Notitie bij dit &amp;document:</translation>
    </message>
    <message>
        <source>Note on this document</source>
        <translation>Notitie bij dit document</translation>
    </message>
    <message>
        <source>A note on the whole document (Markdown)…</source>
        <translation>Een notitie bij het hele document (Markdown)…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Aantekeningen filteren</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filteren op kleur</translation>
    </message>
    <message>
        <source>Show the annotations of one colour</source>
        <translation>De aantekeningen in één kleur tonen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <source>Show the annotations with one tag</source>
        <translation>De aantekeningen met één label tonen</translation>
    </message>
    <message>
        <source>Annotations of this document</source>
        <translation>Aantekeningen bij dit document</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Note as shown</source>
        <translation>Notitie zoals weergegeven</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note (Markdown: **bold**, *italic*, - lists)…</source>
        <translation>Notitie (Markdown: **vet**, *cursief*, - opsommingen)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <source>Colour of this annotation</source>
        <translation>Kleur van deze aantekening</translation>
    </message>
    <message>
        <source>Change the colour of this annotation</source>
        <translation>De kleur van deze aantekening wijzigen</translation>
    </message>
    <message>
        <source>Delete this annotation</source>
        <translation>Deze aantekening verwijderen</translation>
    </message>
    <message>
        <source>Re-attach this annotation to the selected text</source>
        <translation>Deze aantekening opnieuw koppelen aan de geselecteerde tekst</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>Not found in this version</source>
        <translation>Niet gevonden in deze versie</translation>
    </message>
    <message>
        <source>%1 (underlined)</source>
        <translation>%1 (onderstreept)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation>Markering %1: %2</translation>
    </message>
    <message>
        <source>Select text and press Ctrl+H to highlight it.</source>
        <translation>Selecteer tekst en druk op Ctrl+H om die te markeren.</translation>
    </message>
    <message>
        <source>“%1” (not found in this version)</source>
        <translation>‘%1’ (niet gevonden in deze versie)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Re-&amp;attach</source>
        <translation>Opnieuw &amp;koppelen</translation>
    </message>
    <message>
        <source>Re-attach to the selection: anchor this annotation to the text selected in the reader</source>
        <translation>Opnieuw koppelen: deze aantekening verankeren aan de tekst die in de lezer is geselecteerd</translation>
    </message>
</context>
<context>
    <name>kl::BoundedFile</name>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>is geen gewoon bestand (een apparaat, een pipe of een socket)</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>te groot (%1; de grens is %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>too large (over %1)</source>
        <translation>te groot (meer dan %1)</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>kan niet volledig worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8, so it cannot be opened under that name: rename the file (for instance with convmv -f latin1 -t utf8)</source>
        <translation>de bestandsnaam is geen geldige UTF-8 en kan onder die naam niet worden geopend: geef het bestand een andere naam (bijvoorbeeld met convmv -f latin1 -t utf8)</translation>
    </message>
</context>
<context>
    <name>kl::BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefingmap</translation>
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
        <translation>Geen van de documenten van de map staat in de bibliotheek.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation>Kan niet tekenen op het uitvoerapparaat.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>Kruisverwijzingen</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Document %1 van %2</translation>
    </message>
    <message>
        <source>The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.</source>
        <translation>Het oorspronkelijke document volgt op pagina’s %1–%2 van deze map, met de markeringen erop aangebracht.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
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
        <translation>Kenmerk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (PDF, %n page(s))</source>
        <translation>
            <numerusform>%1 (pdf, %n pagina)</numerusform>
            <numerusform>%1 (pdf, %n pagina’s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Original pages</source>
        <translation>Oorspronkelijke pagina’s</translation>
    </message>
    <message>
        <source>pages %1–%2 of this pack</source>
        <translation>pagina’s %1–%2 van deze map</translation>
    </message>
    <message>
        <source>Note on the letter</source>
        <translation>Notitie bij het document</translation>
    </message>
    <message>
        <source>Excerpts (%1)</source>
        <translation>Fragmenten (%1)</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <source>No passages of this document are highlighted.</source>
        <translation>In dit document zijn geen passages gemarkeerd.</translation>
    </message>
    <message>
        <source>passage not found in this version of the document</source>
        <translation>passage niet gevonden in deze versie van het document</translation>
    </message>
    <message>
        <source>page %1 of the original</source>
        <translation>pagina %1 van het origineel</translation>
    </message>
    <message>
        <source>page %1 of this pack</source>
        <translation>pagina %1 van deze map</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>onderstreept</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <source>— page %1 —</source>
        <translation>— pagina %1 —</translation>
    </message>
    <message>
        <source>References found in the text of the documents in this pack and cross-references made by hand, by the document they point to.</source>
        <translation>Verwijzingen in de tekst van de documenten in deze map en handmatig gemaakte kruisverwijzingen, per document waarnaar ze verwijzen.</translation>
    </message>
    <message>
        <source>Between the documents in this pack</source>
        <translation>Tussen de documenten in deze map</translation>
    </message>
    <message>
        <source>To documents outside this pack</source>
        <translation>Naar documenten buiten deze map</translation>
    </message>
    <message>
        <source>Cited by documents outside this pack</source>
        <translation>Aangehaald door documenten buiten deze map</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>in the library, not in this pack</source>
        <translation>in de bibliotheek, niet in deze map</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>niet in de bibliotheek</translation>
    </message>
    <message>
        <source>cross-reference: “%1”</source>
        <translation>kruisverwijzing: ‘%1’</translation>
    </message>
    <message>
        <source>cited in %1, page %2</source>
        <translation>aangehaald in %1, pagina %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>BRIEFING PACK</source>
        <translation>BRIEFINGMAP</translation>
    </message>
    <message numerus="yes">
        <source>This pack contains %n document(s)</source>
        <translation>
            <numerusform>Deze map bevat %n document</numerusform>
            <numerusform>Deze map bevat %n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Kamerlezer on %1</source>
        <translation>Gemaakt met Kamerlezer op %1</translation>
    </message>
    <message>
        <source>%1 — original, page %2 of %3</source>
        <translation>%1 — origineel, pagina %2 van %3</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Deze pagina kan niet worden weergegeven.</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>Officiële bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdrawn by the official source</source>
        <translation>Ingetrokken door de officiële bron</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Ingetrokken door %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Niet gestemd</translation>
    </message>
    <message>
        <source>%1 (XML)</source>
        <translation>%1 (xml)</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (tekst)</translation>
    </message>
    <message>
        <source>The original document follows on page %1 of this pack, with the highlights drawn on it.</source>
        <translation>Het oorspronkelijke document volgt op pagina %1 van deze map, met de markeringen erop aangebracht.</translation>
    </message>
    <message>
        <source>Open toezeggingen</source>
        <translation>Openstaande toezeggingen</translation>
    </message>
    <message>
        <source>What the government has promised the Kamer in the dossiers of this pack and has not yet kept: found in the letters, added by hand, or in the Kamer&apos;s register.</source>
        <translation>Wat de regering de Kamer heeft toegezegd in de dossiers van deze map en nog niet is nagekomen: gevonden in de brieven, met de hand toegevoegd, of uit het register van de Kamer.</translation>
    </message>
    <message>
        <source>Documents without a dossier</source>
        <translation>Documenten zonder dossier</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Termijn nadert</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Deels nagekomen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>in %1, page %2 of this pack</source>
        <translation>in %1, pagina %2 van deze map</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the debate %1</source>
        <translation>in het debat %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>aan %1</translation>
    </message>
</context>
<context>
    <name>kl::BriefingPackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefingmap</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Ministry, directorate or office</source>
        <translation>Ministerie, directie of afdeling</translation>
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
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Rubricering:</translation>
    </message>
    <message>
        <source>Documents, in the order of the pack (drag to change it)</source>
        <translation>Documenten, in de volgorde van de map (sleep om die te wijzigen)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>&amp;Voorblad</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>&amp;Inhoudsopgave</translation>
    </message>
    <message>
        <source>Details of each document (kind, date, sender, dossier)</source>
        <translation>Gegevens van elk document (soort, datum, afzender, dossier)</translation>
    </message>
    <message>
        <source>&amp;Excerpts: highlighted passages with notes and tags</source>
        <translation>&amp;Fragmenten: gemarkeerde passages met notities en labels</translation>
    </message>
    <message>
        <source>Index of cross-&amp;references</source>
        <translation>&amp;Register van kruisverwijzingen</translation>
    </message>
    <message>
        <source>After the excerpts:</source>
        <translation>Na de fragmenten:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>The full text</source>
        <translation>De volledige tekst</translation>
    </message>
    <message>
        <source>The original pages with the highlights</source>
        <translation>De oorspronkelijke pagina’s met de markeringen</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>De bibliotheek kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Document %1 (not in the library)</source>
        <translation>Document %1 (niet in de bibliotheek)</translation>
    </message>
    <message>
        <source>Add documents to the pack</source>
        <translation>Documenten aan de map toevoegen</translation>
    </message>
    <message>
        <source>Filter by citation or title</source>
        <translation>Filteren op citeertitel of titel</translation>
    </message>
    <message>
        <source>The pack cannot be printed: %1</source>
        <translation>De map kan niet worden afgedrukt: %1</translation>
    </message>
    <message>
        <source>Print preview of the briefing pack</source>
        <translation>Afdrukvoorbeeld van de briefingmap</translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation>De briefingmap afdrukken</translation>
    </message>
    <message>
        <source>Save the briefing pack as PDF</source>
        <translation>De briefingmap opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Making the briefing pack...</source>
        <translation>De briefingmap wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Page %1 of %2...</source>
        <translation>Pagina %1 van %2…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The pack cannot be saved: %1</source>
        <translation>De map kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Open &amp;toezeggingen of the dossiers</source>
        <translation>Openstaande &amp;toezeggingen van de dossiers</translation>
    </message>
</context>
<context>
    <name>kl::ColorMeaningDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation>Betekenis van de kleuren</translation>
    </message>
    <message>
        <source>Colour meanings</source>
        <translation>Betekenis van de kleuren</translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation>Wat betekent elke markeerkleur voor u?</translation>
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation>Betekenis van %1</translation>
    </message>
    <message>
        <source>e.g. important</source>
        <translation>bijv. belangrijk</translation>
    </message>
</context>
<context>
    <name>kl::ContentCheck</name>
    <message>
        <source>the server sent nothing</source>
        <translation>de server stuurde niets</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not data</source>
        <translation>de server stuurde een HTML-pagina in plaats van gegevens</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1)</source>
        <translation>het antwoord van de server is geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>the server sent %1, not XML</source>
        <translation>de server stuurde %1 in plaats van XML</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not a PDF</source>
        <translation>de server stuurde een HTML-pagina in plaats van een pdf</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>het bestand is geen pdf</translation>
    </message>
    <message>
        <source>the PDF is cut short (no end of file)</source>
        <translation>de pdf is afgebroken (het einde ontbreekt)</translation>
    </message>
    <message>
        <source>the file is neither a PDF nor XML or HTML</source>
        <translation>het bestand is geen pdf, XML of HTML</translation>
    </message>
</context>
<context>
    <name>kl::DeadlineDialog</name>
    <message>
        <source>No deadline</source>
        <translation>Geen termijn</translation>
    </message>
    <message>
        <source>Toezegging Deadline</source>
        <translation>Termijn van toezegging</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Zoals geschreven:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termijn:</translation>
    </message>
</context>
<context>
    <name>kl::DocumentPrinter</name>
    <message>
        <source>The printer cannot be used.</source>
        <translation>De printer kan niet worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>kl::DocumentReader</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>too large for a %1 document (%2; the limit is %3)</source>
        <translation>te groot voor een %1-document (%2; de grens is %3)</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>kan niet volledig worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>kl::DossierPanel</name>
    <message>
        <source>Filter dossiers and documents</source>
        <translation>Dossiers en documenten filteren</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Dossiers and documents</source>
        <translation>Dossiers en documenten</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
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
            <numerusform>%n passend document</numerusform>
            <numerusform>%n passende documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for New Documents</source>
        <translation>Nieuwe documenten ophalen</translation>
    </message>
    <message>
        <source>Unfollow Dossier %1</source>
        <translation>Dossier %1 niet meer volgen</translation>
    </message>
    <message>
        <source>Follow Dossier %1</source>
        <translation>Dossier %1 volgen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>kl::DossierTreeModel</name>
    <message>
        <source>Without dossier: %1 (%2)</source>
        <translation>Zonder dossier: %1 (%2)</translation>
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
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n aantekening</numerusform>
            <numerusform>%n aantekeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n document(s)</source>
        <translation>
            <numerusform>Aangehaald door %n document</numerusform>
            <numerusform>Aangehaald door %n documenten</numerusform>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Aangehaald</translation>
    </message>
    <message>
        <source>Followed: Kamerlezer fetches its new documents (F5 checks now)</source>
        <translation>Gevolgd: Kamerlezer haalt de nieuwe documenten op (F5 kijkt nu)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n new document(s), in bold until opened</source>
        <translation>
            <numerusform>%1
%n nieuw document, vet tot het geopend is</numerusform>
            <numerusform>%1
%n nieuwe documenten, vet tot ze geopend zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 new</source>
        <translation>%1, %2 nieuw</translation>
    </message>
    <message>
        <source>New: fetched since you last looked</source>
        <translation>Nieuw: opgehaald sinds u voor het laatst keek</translation>
    </message>
    <message>
        <source>Withdrawn by the Tweede Kamer; kept here with your annotations</source>
        <translation>Ingetrokken door de Tweede Kamer; hier bewaard met uw aantekeningen</translation>
    </message>
</context>
<context>
    <name>kl::EditMetadataCommand</name>
    <message>
        <source>Edit the document&apos;s details</source>
        <translation>De gegevens van het document bewerken</translation>
    </message>
    <message>
        <source>the document&apos;s details could not be stored: %1</source>
        <translation>de gegevens van het document konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>kl::Error</name>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ongeldige invoer</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan niet worden gelezen</translation>
    </message>
    <message>
        <source>cannot store the change</source>
        <translation>de wijziging kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>made by a newer version of Kamerlezer; left unchanged</source>
        <translation>gemaakt door een nieuwere versie van Kamerlezer; ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>not a Kamerlezer library</source>
        <translation>geen Kamerlezer-bibliotheek</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>kl::ExportActions</name>
    <message>
        <source>Export as Annotated &amp;PDF…</source>
        <translation>Exporteren als &amp;pdf met aantekeningen…</translation>
    </message>
    <message>
        <source>The current document as a PDF with its highlights and notes as PDF annotations</source>
        <translation>Het huidige document als pdf, met de markeringen en notities als pdf-aantekeningen</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>&amp;Notities exporteren…</translation>
    </message>
    <message>
        <source>Import N&amp;otes…</source>
        <translation>N&amp;otities importeren…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations from PDF…</source>
        <translation>Aan&amp;tekeningen importeren uit pdf…</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Briefingmap…</translation>
    </message>
    <message>
        <source>Print the chosen documents with a cover, contents, excerpts and notes</source>
        <translation>De gekozen documenten afdrukken met voorblad, inhoudsopgave, fragmenten en notities</translation>
    </message>
    <message>
        <source>Export as Annotated PDF</source>
        <translation>Exporteren als pdf met aantekeningen</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Open eerst een document.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.

%1: %2</source>
        <translation>De pdf kon niet worden geschreven.

%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n aantekening geëxporteerd naar %1</numerusform>
            <numerusform>%n aantekeningen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notities exporteren</translation>
    </message>
    <message>
        <source>Open or select documents first.</source>
        <translation>Open of selecteer eerst documenten.</translation>
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
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n document(s) written to %1</source>
        <translation>
            <numerusform>Notities van %n document geschreven naar %1</numerusform>
            <numerusform>Notities van %n documenten geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added.</source>
        <translation>
            <numerusform>%n aantekening toegevoegd.</numerusform>
            <numerusform>%n aantekeningen toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n was er al.</numerusform>
            <numerusform>%n waren er al.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the text and are kept to re-attach.</source>
        <translation>
            <numerusform>%n kon niet in de tekst worden geplaatst en is bewaard om opnieuw te koppelen.</numerusform>
            <numerusform>%n konden niet in de tekst worden geplaatst en zijn bewaard om opnieuw te koppelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Aantekeningen importeren</translation>
    </message>
    <message>
        <source>Open the document the annotations belong to first.</source>
        <translation>Open eerst het document waar de aantekeningen bij horen.</translation>
    </message>
    <message>
        <source>Import Annotations from PDF</source>
        <translation>Aantekeningen importeren uit pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n marked passages were not found in this document.</source>
        <translation>
            <numerusform>%n gemarkeerde passage is niet gevonden in dit document.</numerusform>
            <numerusform>%n gemarkeerde passages zijn niet gevonden in dit document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::FetchActions</name>
    <message>
        <source>&amp;Check for New Documents</source>
        <translation>Nieuwe documenten &amp;ophalen</translation>
    </message>
    <message>
        <source>Fetch what is new in the followed dossiers from the Tweede Kamer and KOOP</source>
        <translation>Ophalen wat er nieuw is in de gevolgde dossiers, bij de Tweede Kamer en KOOP</translation>
    </message>
    <message>
        <source>Fetch &amp;Documents…</source>
        <translation>&amp;Documenten ophalen…</translation>
    </message>
    <message>
        <source>Follow &amp;Dossier…</source>
        <translation>Dossier &amp;volgen…</translation>
    </message>
    <message>
        <source>Fetch Documents</source>
        <translation>Documenten ophalen</translation>
    </message>
    <message>
        <source>Not a publication id, document number or address of one: %1</source>
        <translation>Geen publicatie-id, documentnummer of adres daarvan: %1</translation>
    </message>
    <message>
        <source>Follow Dossier</source>
        <translation>Dossier volgen</translation>
    </message>
    <message>
        <source>Dossier number (19637, 36600 VI); Kamerlezer fetches all its documents now and what is new at every check:</source>
        <translation>Dossiernummer (19637, 36600 VI); Kamerlezer haalt nu alle documenten op en bij elke controle wat er nieuw is:</translation>
    </message>
    <message>
        <source>“%1” is not a dossier number. Write it as 19637 or 36600 VI.</source>
        <translation>‘%1’ is geen dossiernummer. Schrijf het als 19637 of 36600 VI.</translation>
    </message>
    <message>
        <source>Publication ids (kst-19637-3274, ah-tk-20232024-1234), Tweede Kamer document numbers
(2024D40329) or addresses from tweedekamer.nl or officielebekendmakingen.nl, one a line:</source>
        <translation>Publicatie-id’s (kst-19637-3274, ah-tk-20232024-1234), documentnummers van de Tweede Kamer
(2024D40329) of adressen van tweedekamer.nl of officielebekendmakingen.nl, één per regel:</translation>
    </message>
</context>
<context>
    <name>kl::FetchJob</name>
    <message>
        <source>the Tweede Kamer has no document %1</source>
        <translation>de Tweede Kamer heeft geen document %1</translation>
    </message>
    <message>
        <source>KOOP has no publication %1</source>
        <translation>KOOP heeft geen publicatie %1</translation>
    </message>
    <message>
        <source>KOOP&apos;s record names no file of this publication</source>
        <translation>de gegevens van KOOP noemen geen bestand van deze publicatie</translation>
    </message>
    <message>
        <source>no PDF or XML to fetch (the Kamer has only a Word file of it)</source>
        <translation>geen pdf of XML om op te halen (de Kamer heeft er alleen een Word-bestand van)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>the source has none of its files</source>
        <translation>de bron heeft geen van de bestanden</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 is %2, niet %3</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>stemmingen: %1</translation>
    </message>
    <message>
        <source>Tweede Kamer open data: %1</source>
        <translation>Open data van de Tweede Kamer: %1</translation>
    </message>
    <message>
        <source>KOOP (officiële publicaties): %1</source>
        <translation>KOOP (officiële publicaties): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be fetched</source>
        <translation>
            <numerusform>%n document kon niet worden opgehaald</numerusform>
            <numerusform>%n documenten konden niet worden opgehaald</numerusform>
        </translation>
    </message>
    <message>
        <source>voted</source>
        <translation>gestemd</translation>
    </message>
</context>
<context>
    <name>kl::FetchStatus</name>
    <message>
        <source>Fetching progress</source>
        <translation>Voortgang van het ophalen</translation>
    </message>
    <message>
        <source>Documents fetched</source>
        <translation>Opgehaalde documenten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop fetching; every document fetched so far is complete, the rest comes at the next check</source>
        <translation>Stoppen met ophalen; elk document dat al is opgehaald is compleet, de rest volgt bij de volgende controle</translation>
    </message>
    <message>
        <source>No dossiers are followed. Use File &gt; Follow Dossier to follow one.</source>
        <translation>Er worden geen dossiers gevolgd. Kies Bestand &gt; Dossier volgen om er een te volgen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n followed dossier(s)…</source>
        <translation>
            <numerusform>%n gevolgd dossier wordt bekeken…</numerusform>
            <numerusform>%n gevolgde dossiers worden bekeken…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1 could not be followed: %2</source>
        <translation>Dossier %1 kon niet worden gevolgd: %2</translation>
    </message>
    <message>
        <source>Dossier %1 is no longer followed; its documents stay in the library.</source>
        <translation>Dossier %1 wordt niet meer gevolgd; de documenten blijven in de bibliotheek.</translation>
    </message>
    <message>
        <source>Dossier %1 could not be unfollowed: %2</source>
        <translation>Dossier %1 kon niet worden ontvolgd: %2</translation>
    </message>
    <message>
        <source>Wait until the documents being fetched are in, then fetch again.</source>
        <translation>Wacht tot de documenten die worden opgehaald binnen zijn en haal dan opnieuw op.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n document(s)…</source>
        <translation>
            <numerusform>%n document wordt opgehaald…</numerusform>
            <numerusform>%n documenten worden opgehaald…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1 of %2</source>
        <translation>%1 van %2 ophalen</translation>
    </message>
    <message>
        <source>Fetching %1 of %2: %3</source>
        <translation>%1 van %2 ophalen: %3</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) in %1</source>
        <translation>
            <numerusform>%n nieuw document in %1</numerusform>
            <numerusform>%n nieuwe documenten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn by the Kamer in %1</source>
        <translation>
            <numerusform>%n ingetrokken door de Kamer in %1</numerusform>
            <numerusform>%n ingetrokken door de Kamer in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; tried again at the next check</source>
        <translation>%1: %2; wordt bij de volgende controle opnieuw geprobeerd</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) fetched</source>
        <translation>
            <numerusform>%n document opgehaald</numerusform>
            <numerusform>%n documenten opgehaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n stond al in de bibliotheek</numerusform>
            <numerusform>%n stonden al in de bibliotheek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched (%1)</source>
        <translation>
            <numerusform>%n kon niet worden opgehaald (%1)</numerusform>
            <numerusform>%n konden niet worden opgehaald (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped; what was fetched is complete</source>
        <translation>gestopt; wat is opgehaald is compleet</translation>
    </message>
    <message>
        <source>Nothing fetched</source>
        <translation>Niets opgehaald</translation>
    </message>
    <message>
        <source>No new documents in the followed dossiers</source>
        <translation>Geen nieuwe documenten in de gevolgde dossiers</translation>
    </message>
    <message>
        <source>the Kamer&apos;s register of toezeggingen could not be read (%1)</source>
        <translation>het register van toezeggingen van de Kamer kon niet worden gelezen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(s) from the Kamer&apos;s register</source>
        <translation>
            <numerusform>%n toezegging uit het register van de Kamer</numerusform>
            <numerusform>%n toezeggingen uit het register van de Kamer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kl::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige overeenkomst (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige overeenkomst</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Volgende overeenkomst (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Volgende overeenkomst</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>kl::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>the source has no such file (HTTP %1)</source>
        <translation>de bron heeft dit bestand niet (HTTP %1)</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP 429)</source>
        <translation>de server vraagt om het rustiger aan te doen (HTTP 429)</translation>
    </message>
    <message>
        <source>the server had an error (HTTP %1)</source>
        <translation>de server had een fout (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP %1)</source>
        <translation>de server weigerde het verzoek (HTTP %1)</translation>
    </message>
    <message>
        <source>the answer was cut off (%1 of %2 bytes)</source>
        <translation>het antwoord werd afgebroken (%1 van %2 bytes)</translation>
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
        <translation>een koppeling naar %1, buiten de map die wordt geïmporteerd: overgeslagen</translation>
    </message>
</context>
<context>
    <name>kl::KeptByDialog</name>
    <message>
        <source>Mark Toezegging Kept</source>
        <translation>Toezegging nagekomen</translation>
    </message>
    <message>
        <source>Which letter keeps “%1”?</source>
        <translation>Met welke brief is ‘%1’ nagekomen?</translation>
    </message>
    <message>
        <source>Letters that may keep it</source>
        <translation>Brieven die haar kunnen nakomen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Voorgesteld: %1</translation>
    </message>
    <message>
        <source>Mark Kept</source>
        <translation>Nagekomen</translation>
    </message>
</context>
<context>
    <name>kl::KindNames</name>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motie</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Moties</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendement</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendementen</translation>
    </message>
    <message>
        <source>royal message</source>
        <translation>koninklijke boodschap</translation>
    </message>
    <message>
        <source>Royal messages</source>
        <translation>Koninklijke boodschappen</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>voorstel van wet</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Voorstellen van wet</translation>
    </message>
    <message>
        <source>explanatory memorandum</source>
        <translation>memorie van toelichting</translation>
    </message>
    <message>
        <source>Explanatory memoranda</source>
        <translation>Memories van toelichting</translation>
    </message>
    <message>
        <source>memorandum in reply</source>
        <translation>memorie van antwoord</translation>
    </message>
    <message>
        <source>Memoranda in reply</source>
        <translation>Memories van antwoord</translation>
    </message>
    <message>
        <source>Council of State advice</source>
        <translation>advies Raad van State</translation>
    </message>
    <message>
        <source>memorandum following the report</source>
        <translation>nota naar aanleiding van het verslag</translation>
    </message>
    <message>
        <source>Memoranda following the report</source>
        <translation>Nota’s naar aanleiding van het verslag</translation>
    </message>
    <message>
        <source>memorandum of amendment</source>
        <translation>nota van wijziging</translation>
    </message>
    <message>
        <source>Memoranda of amendment</source>
        <translation>Nota’s van wijziging</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <source>list of questions</source>
        <translation>lijst van vragen</translation>
    </message>
    <message>
        <source>Lists of questions</source>
        <translation>Lijsten van vragen</translation>
    </message>
    <message>
        <source>decision list</source>
        <translation>besluitenlijst</translation>
    </message>
    <message>
        <source>Decision lists</source>
        <translation>Besluitenlijsten</translation>
    </message>
    <message>
        <source>decision memo</source>
        <translation>beslisnota</translation>
    </message>
    <message>
        <source>Decision memos</source>
        <translation>Beslisnota’s</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Overige documenten</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>onbekende soort</translation>
    </message>
    <message>
        <source>Documents of unknown kind</source>
        <translation>Documenten van onbekende soort</translation>
    </message>
    <message>
        <source>answers to written questions</source>
        <translation>antwoorden op Kamervragen</translation>
    </message>
    <message>
        <source>Answers to written questions</source>
        <translation>Antwoorden op Kamervragen</translation>
    </message>
    <message>
        <source>written questions</source>
        <translation>Kamervragen</translation>
    </message>
    <message>
        <source>Written questions</source>
        <translation>Kamervragen</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>coalition agreement</source>
        <translation>regeerakkoord</translation>
    </message>
    <message>
        <source>Coalition agreements</source>
        <translation>Regeerakkoorden</translation>
    </message>
</context>
<context>
    <name>kl::KindNames::brief</name>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motie</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendement</translation>
    </message>
    <message>
        <source>royal msg.</source>
        <translation>kon. boodschap</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>wetsvoorstel</translation>
    </message>
    <message>
        <source>expl. memo</source>
        <translation>MvT</translation>
    </message>
    <message>
        <source>memo in reply</source>
        <translation>MvA</translation>
    </message>
    <message>
        <source>CoS advice</source>
        <translation>advies RvS</translation>
    </message>
    <message>
        <source>memo on report</source>
        <translation>NnavV</translation>
    </message>
    <message>
        <source>amend. memo</source>
        <translation>NvW</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>question list</source>
        <translation>vragenlijst</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>besluitenlijst</translation>
    </message>
    <message>
        <source>decision memo</source>
        <translation>beslisnota</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Kamervragen</translation>
    </message>
    <message>
        <source>proceedings</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <source>coalition agr.</source>
        <translation>regeerakkoord</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
</context>
<context>
    <name>kl::KoopXmlImporter</name>
    <message>
        <source>damaged XML at line %1: %2</source>
        <translation>beschadigde XML op regel %1: %2</translation>
    </message>
    <message>
        <source>the XML holds no text</source>
        <translation>de XML bevat geen tekst</translation>
    </message>
</context>
<context>
    <name>kl::LetterDetailsDialog</name>
    <message>
        <source>Dated</source>
        <translation>Gedateerd</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Gegevens bewerken</translation>
    </message>
    <message>
        <source>19637, or 36600 VI</source>
        <translation>19637, of 36600 VI</translation>
    </message>
    <message>
        <source>3274, or 104c</source>
        <translation>3274, of 104c</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>D&amp;ossier:</source>
        <translation>D&amp;ossier:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>A&amp;fzender:</translation>
    </message>
    <message>
        <source>“%1” is not a dossier number: write it as 19637 or 36600 VI.</source>
        <translation>“%1” is geen dossiernummer: schrijf het als 19637 of 36600 VI.</translation>
    </message>
    <message>
        <source>A number belongs to a dossier: give the dossier too.</source>
        <translation>Een nummer hoort bij een dossier: geef ook het dossier op.</translation>
    </message>
</context>
<context>
    <name>kl::LetterTabBar</name>
    <message>
        <source>Open documents</source>
        <translation>Geopende documenten</translation>
    </message>
</context>
<context>
    <name>kl::LibraryActions</name>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>Gegevens &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>Uit bibliotheek &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Correct the title, kind, dossier, number, date or sender of the document</source>
        <translation>Titel, soort, dossier, nummer, datum of afzender van het document corrigeren</translation>
    </message>
    <message>
        <source>Take the chosen documents out of the library (Delete in the dossier tree)</source>
        <translation>De gekozen documenten uit de bibliotheek halen (Delete in de dossierboom)</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Gegevens bewerken</translation>
    </message>
    <message>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>De gegevens van “%1” konden niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Uit bibliotheek verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>“%1” uit de bibliotheek verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library?</source>
        <translation>
            <numerusform>%n document uit de bibliotheek verwijderen?</numerusform>
            <numerusform>%n documenten uit de bibliotheek verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The library&apos;s copy goes; the original file is not touched. Undo (Ctrl+Z) brings it back.</source>
        <translation>De kopie in de bibliotheek verdwijnt; het oorspronkelijke bestand blijft onaangeroerd. Ongedaan maken (Ctrl+Z) haalt het terug.</translation>
    </message>
    <message numerus="yes">
        <source>%n cross-reference(s) to or from it are removed.</source>
        <translation>
            <numerusform>%n kruisverwijzing van of naar dit document wordt verwijderd.</numerusform>
            <numerusform>%n kruisverwijzingen van of naar dit document worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n annotation(s). Keep them, and they come back when the same document is imported again, or delete them with it.</source>
        <translation>
            <numerusform>Het heeft %n annotatie. Bewaar die, dan komt ze terug als hetzelfde document opnieuw wordt geïmporteerd, of verwijder ze mee.</numerusform>
            <numerusform>Het heeft %n annotaties. Bewaar die, dan komen ze terug als hetzelfde document opnieuw wordt geïmporteerd, of verwijder ze mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Annotations</source>
        <translation>Verwijderen, annotaties &amp;bewaren</translation>
    </message>
    <message>
        <source>Remove with &amp;Annotations</source>
        <translation>Verwijderen met &amp;annotaties</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The documents could not be removed: %1</source>
        <translation>De documenten konden niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>&amp;Merge Documents…</source>
        <translation>Documenten &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Make the two chosen documents one: the same document imported twice</source>
        <translation>Maak van de twee gekozen documenten één: hetzelfde document dat twee keer is ingelezen</translation>
    </message>
    <message>
        <source>Merge Documents</source>
        <translation>Documenten samenvoegen</translation>
    </message>
    <message>
        <source>Make “%1” and “%2” one document?</source>
        <translation>Van “%1” en “%2” één document maken?</translation>
    </message>
    <message>
        <source>Their files, annotations and cross-references come together in one document; the details (title, kind, dossier, number, date, sender) are those of the one you keep. Undo (Ctrl+Z) makes them two again.</source>
        <translation>Hun bestanden, aantekeningen en kruisverwijzingen komen samen in één document; de gegevens (titel, soort, dossier, nummer, datum, afzender) zijn die van het document dat u houdt. Ongedaan maken (Ctrl+Z) maakt er weer twee van.</translation>
    </message>
    <message>
        <source>Keep the Details of “%1”</source>
        <translation>Gegevens van “%1” houden</translation>
    </message>
    <message>
        <source>The documents could not be merged: %1</source>
        <translation>De documenten konden niet worden samengevoegd: %1</translation>
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
        <translation>De bibliotheek kan niet worden geopend.

%1</translation>
    </message>
    <message>
        <source>The library&apos;s database is damaged.</source>
        <translation>De database van de bibliotheek is beschadigd.</translation>
    </message>
    <message>
        <source>A backup of %1 is there. Restoring it brings the library back as it was then; what was done since is lost. The damaged database is kept in the library folder.</source>
        <translation>Er is een reservekopie van %1. Terugzetten brengt de bibliotheek terug zoals ze toen was; wat sindsdien is gedaan, gaat verloren. De beschadigde database blijft bewaard in de map van de bibliotheek.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>The backup cannot be restored.

%1</source>
        <translation>De reservekopie kan niet worden teruggezet.

%1</translation>
    </message>
    <message>
        <source>%1/library.sqlite: SQLite finds the database damaged (database disk image is malformed)</source>
        <translation>%1/library.sqlite: SQLite vindt de database beschadigd (database disk image is malformed)</translation>
    </message>
    <message>
        <source>SQLite found damaged pages while backing the library up, so no backup was taken today and the earlier ones are kept. Some documents or annotations may not show. Quit Kamerlezer and run kamerlezer-cli check to see what is damaged; kamerlezer-cli restore-backup puts the newest backup in place.</source>
        <translation>SQLite vond beschadigde pagina’s bij het maken van de reservekopie; vandaag is er daarom geen gemaakt en de eerdere blijven bewaard. Sommige documenten of annotaties worden mogelijk niet getoond. Sluit Kamerlezer en voer kamerlezer-cli check uit om te zien wat beschadigd is; kamerlezer-cli restore-backup zet de nieuwste reservekopie terug.</translation>
    </message>
</context>
<context>
    <name>kl::LibrarySession</name>
    <message>
        <source>Add note to letter</source>
        <translation>Notitie bij document toevoegen</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>Markering toevoegen</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos;</source>
        <translation>onbekende kleur ‘%1’</translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation>geen aantekening %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Labels bewerken</translation>
    </message>
    <message>
        <source>Change colour to %1</source>
        <translation>Kleur wijzigen in %1</translation>
    </message>
    <message>
        <source>Make underline</source>
        <translation>Omzetten in onderstreping</translation>
    </message>
    <message>
        <source>Make highlight</source>
        <translation>Omzetten in markering</translation>
    </message>
    <message>
        <source>Re-attach annotation</source>
        <translation>Aantekening opnieuw koppelen</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Aantekening verwijderen</translation>
    </message>
    <message>
        <source>the meaning of the colour could not be stored</source>
        <translation>de betekenis van de kleur kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>that document is not in the library</source>
        <translation>dat document staat niet in de bibliotheek</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
    <message>
        <source>no cross-reference %1</source>
        <translation>geen kruisverwijzing %1</translation>
    </message>
    <message>
        <source>Edit cross-reference</source>
        <translation>Kruisverwijzing bewerken</translation>
    </message>
    <message>
        <source>Delete cross-reference</source>
        <translation>Kruisverwijzing verwijderen</translation>
    </message>
    <message>
        <source>no such letter</source>
        <translation>geen zodanig document</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>Import annotations from PDF</source>
        <translation>Aantekeningen uit pdf importeren</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>een bewaarde zoekopdracht heeft een naam nodig</translation>
    </message>
    <message>
        <source>the search could not be saved</source>
        <translation>de zoekopdracht kon niet worden bewaard</translation>
    </message>
    <message>
        <source>the saved search could not be removed</source>
        <translation>de bewaarde zoekopdracht kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>no letter %1 in the library</source>
        <translation>geen brief %1 in de bibliotheek</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s)</source>
        <translation>
            <numerusform>%n document verwijderen</numerusform>
            <numerusform>%n documenten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>a document cannot be merged with itself</source>
        <translation>een document kan niet met zichzelf worden samengevoegd</translation>
    </message>
    <message>
        <source>select the words of the toezegging first</source>
        <translation>selecteer eerst de woorden van de toezegging</translation>
    </message>
    <message>
        <source>Add toezegging</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <source>no toezegging %1</source>
        <translation>geen toezegging %1</translation>
    </message>
    <message>
        <source>Set toezegging status</source>
        <translation>Status van toezegging wijzigen</translation>
    </message>
    <message>
        <source>Change toezegging deadline</source>
        <translation>Termijn van toezegging wijzigen</translation>
    </message>
    <message>
        <source>Mark toezegging kept by %1</source>
        <translation>Toezegging nagekomen met %1</translation>
    </message>
    <message>
        <source>Delete toezegging</source>
        <translation>Toezegging verwijderen</translation>
    </message>
</context>
<context>
    <name>kl::LinkDialog</name>
    <message>
        <source>Link to Document</source>
        <translation>Koppelen aan document</translation>
    </message>
    <message>
        <source>Link to document</source>
        <translation>Koppelen aan document</translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation>‘%1’ koppelen aan:</translation>
    </message>
    <message>
        <source>Filter by title, number or citation</source>
        <translation>Filteren op titel, nummer of citeertitel</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Documenten filteren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Passage in the document</source>
        <translation>Passage in het document</translation>
    </message>
    <message>
        <source>&amp;Passage:</source>
        <translation>&amp;Passage:</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optionele notitie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Optional: choose a passage, or paste a quote from the document</source>
        <translation>Optioneel: kies een passage, of plak een citaat uit het document</translation>
    </message>
    <message>
        <source>(the whole document)</source>
        <translation>(het hele document)</translation>
    </message>
    <message>
        <source>like the selection, p. %1: %2</source>
        <translation>lijkt op de selectie, p. %1: %2</translation>
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
        <translation>Geopende documenten</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis van ongedaan maken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Library counts</source>
        <translation>Aantallen in de bibliotheek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importeren: %1 van %2 bestanden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Vorig&amp;e zoeken</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>In &amp;bibliotheek zoeken…</translation>
    </message>
    <message>
        <source>Search the text of every document and your notes (Ctrl+Shift+F)</source>
        <translation>In de tekst van alle documenten en in uw notities zoeken (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Filter &amp;Dossiers</source>
        <translation>&amp;Dossiers filteren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Passend op &amp;pagina</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Ga naar pagina…</translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation>&amp;Volgend tabblad</translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation>V&amp;orig tabblad</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation>De geselecteerde tekst markeren (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <source>Underline the selected text (Ctrl+U)</source>
        <translation>De geselecteerde tekst onderstrepen (Ctrl+U)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Markeer&amp;kleur</translation>
    </message>
    <message>
        <source>&amp;Name Colours…</source>
        <translation>Kleuren &amp;benoemen…</translation>
    </message>
    <message>
        <source>Note on &amp;Document</source>
        <translation>&amp;Notitie bij document</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>Opnieuw koppelen aan &amp;selectie</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Aantekening &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation>&amp;Koppelen aan…</translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected text to another document (Ctrl+L)</source>
        <translation>Een kruisverwijzing maken van de geselecteerde tekst naar een ander document (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Related Passages</source>
        <translation>&amp;Vergelijkbare passages</translation>
    </message>
    <message>
        <source>Passages like the selected text in other documents (Ctrl+Shift+R)</source>
        <translation>Passages in andere documenten die lijken op de geselecteerde tekst (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Referenced &amp;By</source>
        <translation>Verwezen &amp;door</translation>
    </message>
    <message>
        <source>References &amp;in This Document</source>
        <translation>Verwijzingen &amp;in dit document</translation>
    </message>
    <message>
        <source>&amp;Known As…</source>
        <translation>&amp;Bekend als…</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <source>Annotation toolbar</source>
        <translation>Werkbalk Aantekeningen</translation>
    </message>
    <message>
        <source>Colour of new highlights</source>
        <translation>Kleur van nieuwe markeringen</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Markeerkleur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kamerlezer</source>
        <translation>&amp;Over Kamerlezer</translation>
    </message>
    <message>
        <source>%1 — Kamerlezer</source>
        <translation>%1 — Kamerlezer</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in de bibliotheek</numerusform>
            <numerusform>%n documenten in de bibliotheek</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>An import is already running. Try again when it is done.</source>
        <translation>Er loopt al een import. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>Documenten importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n nieuw document</numerusform>
            <numerusform>%n nieuwe documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rendition(s)</source>
        <translation>
            <numerusform>%n nieuwe versie</numerusform>
            <numerusform>%n nieuwe versies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n al in de bibliotheek</numerusform>
            <numerusform>%n al in de bibliotheek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (geannuleerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n bestand kon niet worden geïmporteerd.</numerusform>
            <numerusform>%n bestanden konden niet worden geïmporteerd.</numerusform>
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
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <source>Parliamentary documents (*.pdf *.txt *.xml);;All files (*)</source>
        <translation>Parlementaire documenten (*.pdf *.txt *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Map importeren</translation>
    </message>
    <message>
        <source>Welcome to Kamerlezer</source>
        <translation>Welkom bij Kamerlezer</translation>
    </message>
    <message numerus="yes">
        <source>Your library is empty. Import %n sample letter(s) to try the program?</source>
        <translation>
            <numerusform>Uw bibliotheek is leeg. %n voorbeeldbrief importeren om het programma uit te proberen?</numerusform>
            <numerusform>Uw bibliotheek is leeg. %n voorbeeldbrieven importeren om het programma uit te proberen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Selecteer eerst tekst.</translation>
    </message>
    <message>
        <source>The annotation could not be stored.</source>
        <translation>De aantekening kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The linked passage was not found in this document.</source>
        <translation>De gekoppelde passage is niet gevonden in dit document.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Open eerst een document.</translation>
    </message>
    <message>
        <source>Select the passage that refers to the other document first.</source>
        <translation>Selecteer eerst de passage die naar het andere document verwijst.</translation>
    </message>
    <message>
        <source>That document is not in the library.</source>
        <translation>Dat document staat niet in de bibliotheek.</translation>
    </message>
    <message>
        <source>The passage “%1” was not found in %2.</source>
        <translation>De passage ‘%1’ is niet gevonden in %2.</translation>
    </message>
    <message>
        <source>The cross-reference could not be stored.</source>
        <translation>De kruisverwijzing kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Linked to %1.</source>
        <translation>Gekoppeld aan %1.</translation>
    </message>
    <message>
        <source>Link To</source>
        <translation>Koppelen aan</translation>
    </message>
    <message>
        <source>Select a passage to find passages like it.</source>
        <translation>Selecteer een passage om vergelijkbare passages te vinden.</translation>
    </message>
    <message>
        <source>This document is no longer known by a name.</source>
        <translation>Dit document heeft geen vaste naam meer.</translation>
    </message>
    <message>
        <source>References to the %1 now open this document.</source>
        <translation>Verwijzingen naar de %1 openen nu dit document.</translation>
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
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Known As</source>
        <translation>Bekend als</translation>
    </message>
    <message>
        <source>References in other documents to this name will open “%1”.
Choose a name or type another:</source>
        <translation>Verwijzingen in andere documenten naar deze naam openen ‘%1’.
Kies een naam of typ een andere:</translation>
    </message>
    <message>
        <source>About Kamerlezer</source>
        <translation>Over Kamerlezer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kamerlezer %1&lt;/h3&gt;&lt;p&gt;A reader for Dutch parliamentary documents.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kamerlezer %1&lt;/h3&gt;&lt;p&gt;Een lezer voor Nederlandse parlementaire documenten.&lt;/p&gt;&lt;p&gt;Bibliotheek: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <source>The change could not be stored: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>T&amp;wo Pages</source>
        <translation>T&amp;wee pagina’s</translation>
    </message>
    <message>
        <source>Show a PDF&apos;s pages side by side, in pairs</source>
        <translation>De pagina’s van een pdf per twee naast elkaar tonen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>V&amp;olledig scherm</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Add as &amp;Toezegging</source>
        <translation>Als &amp;toezegging toevoegen</translation>
    </message>
    <message>
        <source>Track the selected sentence as a commitment of the government (Ctrl+Shift+T)</source>
        <translation>De geselecteerde zin volgen als toezegging van de regering (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Select the sentence of the toezegging first.</source>
        <translation>Selecteer eerst de zin van de toezegging.</translation>
    </message>
    <message>
        <source>The toezegging could not be stored: %1</source>
        <translation>De toezegging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Added as a toezegging.</source>
        <translation>Als toezegging toegevoegd.</translation>
    </message>
    <message>
        <source>Toezegging %1 is not in the library; following its dossier reads the Kamer&apos;s register, or kamerlezer-cli toezegging %1 fetches it.</source>
        <translation>Toezegging %1 staat niet in de bibliotheek; wie het dossier volgt, leest het register van de Kamer, of kamerlezer-cli toezegging %1 haalt haar op.</translation>
    </message>
</context>
<context>
    <name>kl::MergeLettersCommand</name>
    <message>
        <source>Merge documents</source>
        <translation>Documenten samenvoegen</translation>
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
        <translation>Titel</translation>
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
        <translation>Ondernummer:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Ondernummer</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Afzender:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ondertekenaar:</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Vergaderjaar:</translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation>Vergaderjaar</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Geïmporteerde bestanden</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citeertitel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>De citeertitel kopiëren</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Citeertitel kopiëren</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Citeertitel:</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Geen document geopend</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
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
            <numerusform>%1 (%2, %n pagina)</numerusform>
            <numerusform>%1 (%2, %n pagina’s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Waar de tekst vandaan komt</translation>
    </message>
    <message>
        <source>waiting for OCR</source>
        <translation>wacht op OCR</translation>
    </message>
    <message>
        <source>OCR failed: no text for the scanned pages</source>
        <translation>OCR mislukt: geen tekst voor de gescande pagina&apos;s</translation>
    </message>
    <message>
        <source>the PDF&apos;s text layer</source>
        <translation>de tekstlaag van de pdf</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>de tekst van het bestand</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 en %n ander</numerusform>
            <numerusform>%1 en %n anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>Officiële bron</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officieel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: fetched on %2 at %3</source>
        <translation>%1: opgehaald op %2 om %3</translation>
    </message>
    <message>
        <source>Withdrawn by the official source. The document stays in your library with your annotations.</source>
        <translation>Ingetrokken door de officiële bron. Het document blijft in uw bibliotheek, met uw aantekeningen.</translation>
    </message>
    <message>
        <source>Withdrawn by %1: the document is no longer published there. It stays in your library with your annotations.</source>
        <translation>Ingetrokken door %1: het document wordt daar niet meer gepubliceerd. Het blijft in uw bibliotheek, met uw aantekeningen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>pdf</translation>
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
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>kl::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notitie bij ‘%1’</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists</source>
        <translation>Markdown: **vet**, *cursief*, - opsommingen</translation>
    </message>
</context>
<context>
    <name>kl::OcrEngine</name>
    <message>
        <source>the OCR model for %1 is not installed (%2 is missing; on Debian: apt install tesseract-ocr-%3)</source>
        <translation>het OCR-model voor %1 is niet geïnstalleerd (%2 ontbreekt; op Debian: apt install tesseract-ocr-%3)</translation>
    </message>
    <message>
        <source>the OCR models in %1 cannot be loaded</source>
        <translation>de OCR-modellen in %1 kunnen niet worden geladen</translation>
    </message>
    <message>
        <source>the OCR engine is not ready</source>
        <translation>de OCR-engine is niet gereed</translation>
    </message>
    <message>
        <source>the page image is empty</source>
        <translation>de paginaafbeelding is leeg</translation>
    </message>
    <message>
        <source>Tesseract could not read the page</source>
        <translation>Tesseract kon de pagina niet lezen</translation>
    </message>
</context>
<context>
    <name>kl::OcrStatus</name>
    <message>
        <source>OCR progress</source>
        <translation>Voortgang OCR</translation>
    </message>
    <message>
        <source>Pages read with OCR</source>
        <translation>Pagina&apos;s gelezen met OCR</translation>
    </message>
    <message>
        <source>Stop OCR</source>
        <translation>OCR stoppen</translation>
    </message>
    <message>
        <source>Stop reading scanned pages; what is not read yet is read on the next start</source>
        <translation>Stoppen met het lezen van gescande pagina&apos;s; wat nog niet gelezen is, wordt bij de volgende start gelezen</translation>
    </message>
    <message>
        <source>OCR: %1, page %2 of %3</source>
        <translation>OCR: %1, pagina %2 van %3</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (nog %n wachtend)</numerusform>
            <numerusform>%1 (nog %n wachtend)</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR stopped; the rest is read on the next start.</source>
        <translation>OCR gestopt; de rest wordt bij de volgende start gelezen.</translation>
    </message>
    <message>
        <source>OCR could not read %1</source>
        <translation>OCR kon niet lezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>OCR read %n page(s) of scanned documents.</source>
        <translation>
            <numerusform>OCR heeft %n pagina van gescande documenten gelezen.</numerusform>
            <numerusform>OCR heeft %n pagina&apos;s van gescande documenten gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping OCR…</source>
        <translation>OCR wordt gestopt…</translation>
    </message>
</context>
<context>
    <name>kl::OfficialFields</name>
    <message>
        <source>Official metadata (%1).</source>
        <translation>Officiële metadata (%1).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 The text says: %2</source>
        <translation>%1 In de tekst staat: %2</translation>
    </message>
</context>
<context>
    <name>kl::OfficialNames</name>
    <message>
        <source>Tweede Kamer open data</source>
        <translation>Tweede Kamer (open data)</translation>
    </message>
    <message>
        <source>KOOP (officiële publicaties)</source>
        <translation>KOOP (officiële publicaties)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <source>Held over</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <source>by show of hands</source>
        <translation>met handopsteken</translation>
    </message>
    <message>
        <source>by roll call</source>
        <translation>bij hoofdelijke stemming</translation>
    </message>
    <message>
        <source>%1 for, %2 against</source>
        <translation>%1 voor, %2 tegen</translation>
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
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (pagina %2)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Paginaminiaturen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>Page thumbnails show for a PDF.</source>
        <translation>Paginaminiaturen zijn er voor een pdf.</translation>
    </message>
    <message>
        <source>This PDF has no outline.</source>
        <translation>Deze pdf heeft geen overzicht (bladwijzers).</translation>
    </message>
    <message>
        <source>The outline shows for a PDF.</source>
        <translation>Het overzicht is er voor een pdf.</translation>
    </message>
</context>
<context>
    <name>kl::PassageLocator</name>
    <message>
        <source>no such letter</source>
        <translation>geen zodanig document</translation>
    </message>
    <message>
        <source>the quote is empty</source>
        <translation>het citaat is leeg</translation>
    </message>
    <message>
        <source>the quote is not in the letter&apos;s text</source>
        <translation>het citaat staat niet in de tekst van het document</translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s); there is no occurrence %1</source>
        <translation>
            <numerusform>het citaat komt %n keer voor; er is geen %1e keer</numerusform>
            <numerusform>het citaat komt %n keer voor; er is geen %1e keer</numerusform>
        </translation>
    </message>
    <message>
        <source>the passage lies outside the letter&apos;s text</source>
        <translation>de passage ligt buiten de tekst van het document</translation>
    </message>
    <message>
        <source>no such version of the letter</source>
        <translation>geen zodanige versie van het document</translation>
    </message>
</context>
<context>
    <name>kl::PdfImporter</name>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>geen leesbare pdf (beschadigd of afgebroken)</translation>
    </message>
    <message>
        <source>the PDF is encrypted: a password is needed to open it</source>
        <translation>de pdf is versleuteld: er is een wachtwoord nodig om hem te openen</translation>
    </message>
    <message>
        <source>the PDF has no pages (damaged or truncated)</source>
        <translation>de pdf heeft geen pagina’s (beschadigd of afgebroken)</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be read (damaged)</source>
        <translation>pagina %1 van de pdf kan niet worden gelezen (beschadigd)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF has no text layer (or an unreadable one) on %n page(s), scanned?: they are read with OCR</source>
        <translation>
            <numerusform>de pdf heeft geen (leesbare) tekstlaag op %n pagina, gescand?: die wordt met OCR gelezen</numerusform>
            <numerusform>de pdf heeft geen (leesbare) tekstlaag op %n pagina&apos;s, gescand?: die worden met OCR gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF has no text layer and nothing to read on its pages: imported without text, so it cannot be searched or annotated</source>
        <translation>de pdf heeft geen tekstlaag en niets te lezen op de pagina&apos;s: geïmporteerd zonder tekst, dus niet doorzoekbaar en niet te markeren</translation>
    </message>
</context>
<context>
    <name>kl::PdfOcr</name>
    <message>
        <source>the library&apos;s copy cannot be read: %1</source>
        <translation>de kopie in de bibliotheek kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>OCR (Tesseract, Dutch)</source>
        <translation>OCR (Tesseract, Nederlands)</translation>
    </message>
    <message>
        <source>the PDF cannot be read again for OCR</source>
        <translation>de pdf kan niet opnieuw worden gelezen voor OCR</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered for OCR</source>
        <translation>pagina %1 kan niet worden weergegeven voor OCR</translation>
    </message>
    <message>
        <source>the PDF has no text layer and OCR found no text on its pages: imported without text, so it cannot be searched or annotated</source>
        <translation>de pdf heeft geen tekstlaag en OCR vond geen tekst op de pagina&apos;s: geïmporteerd zonder tekst, dus niet doorzoekbaar en niet te markeren</translation>
    </message>
    <message>
        <source>OCR could not run: %1</source>
        <translation>OCR kon niet worden uitgevoerd: %1</translation>
    </message>
</context>
<context>
    <name>kl::PdfPageWidget</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Page %1 …</source>
        <translation>Pagina %1 …</translation>
    </message>
</context>
<context>
    <name>kl::PdfView</name>
    <message>
        <source>PDF pages</source>
        <translation>Pdf-pagina’s</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Go to page %1</source>
        <translation>Naar pagina %1</translation>
    </message>
</context>
<context>
    <name>kl::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The language changes the next time Kamerlezer starts.</source>
        <translation>De taal wordt gewijzigd wanneer Kamerlezer opnieuw wordt gestart.</translation>
    </message>
</context>
<context>
    <name>kl::PrintActions</name>
    <message>
        <source>Print &amp;Document…</source>
        <translation>&amp;Document afdrukken…</translation>
    </message>
    <message>
        <source>Print the open document as it is, with its highlights (Ctrl+Shift+P)</source>
        <translation>Het geopende document afdrukken zoals het is, met de markeringen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>Document afdrukken</translation>
    </message>
    <message>
        <source>%1 cannot be printed: %2</source>
        <translation>%1 kan niet worden afgedrukt: %2</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>kl::PrintDate</name>
    <message>
        <source>en</source>
        <comment>The language of dates in printed documents: the locale name of this translation</comment>
        <translation>nl</translation>
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
        <translation>XML-tekst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Document toolbar</source>
        <translation>Werkbalk Document</translation>
    </message>
    <message>
        <source>Rendition</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Which imported file of this document to show</source>
        <translation>Welk geïmporteerd bestand van dit document wordt getoond</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ga naar pagina</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomniveau</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Hele pagina</translation>
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
            <numerusform>%1 (%n pagina)</numerusform>
            <numerusform>%1 (%n pagina’s)</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Deze pdf kan niet worden weergegeven: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> van %1 </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>kl::RecentDocumentsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>Geen recente documenten</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
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
        <translation>Officiële publicatie</translation>
    </message>
    <message>
        <source>EU legislation</source>
        <translation>EU-regelgeving</translation>
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
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <source>Named document</source>
        <translation>Document met een naam</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Kruisverwijzing</translation>
    </message>
    <message>
        <source>Cross-reference to %1</source>
        <translation>Kruisverwijzing naar %1</translation>
    </message>
    <message>
        <source>
Passage: “%1”</source>
        <translation>
Passage: ‘%1’</translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation>
Notitie: %1</translation>
    </message>
    <message>
        <source>
Click to open it.</source>
        <translation>
Klik om het te openen.</translation>
    </message>
    <message>
        <source>%1 %2: %3
Click to open it.</source>
        <translation>%1 %2: %3
Klik om het te openen.</translation>
    </message>
    <message>
        <source>%1 %2
Not in the library.</source>
        <translation>%1 %2
Niet in de bibliotheek.</translation>
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
        <translation>%1 ‘%2’ staat niet in de bibliotheek; Bestand &gt; Documenten ophalen haalt %3 op.</translation>
    </message>
    <message>
        <source>%1 “%2” is not in the library.</source>
        <translation>%1 ‘%2’ staat niet in de bibliotheek.</translation>
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
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>References tabs</source>
        <translation>Tabbladen Verwijzingen</translation>
    </message>
    <message>
        <source>Referenced by summary</source>
        <translation>Samenvatting Verwezen door</translation>
    </message>
    <message>
        <source>Document and passage</source>
        <translation>Document en passage</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referenced By</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>References in this document</source>
        <translation>Verwijzingen in dit document</translation>
    </message>
    <message>
        <source>In This Document</source>
        <translation>In dit document</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Vergelijkbaar</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Geen document geopend.</translation>
    </message>
    <message>
        <source>%1: click to open it</source>
        <translation>%1: klik om het te openen</translation>
    </message>
    <message>
        <source>Cross-reference: %1</source>
        <translation>Kruisverwijzing: %1</translation>
    </message>
    <message>
        <source>A cross-reference made by hand</source>
        <translation>Een handmatig gemaakte kruisverwijzing</translation>
    </message>
    <message>
        <source>Refers to it as “%1”</source>
        <translation>Verwijst ernaar als ‘%1’</translation>
    </message>
    <message>
        <source>
Note: %1</source>
        <translation>
Notitie: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) refer to this one.</source>
        <translation>
            <numerusform>%n document verwijst naar dit document.</numerusform>
            <numerusform>%n documenten verwijzen naar dit document.</numerusform>
        </translation>
    </message>
    <message>
        <source>No document in the library refers to this one.</source>
        <translation>Geen document in de bibliotheek verwijst naar dit document.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Niet in de bibliotheek</translation>
    </message>
    <message>
        <source>&amp;Remove Cross-Reference</source>
        <translation>Kruisverwijzing &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>kl::RelatedPassagesPanel</name>
    <message>
        <source>Related passages</source>
        <translation>Vergelijkbare passages</translation>
    </message>
    <message>
        <source>Select a passage and choose Related Passages to find passages like it in other documents.</source>
        <translation>Selecteer een passage en kies Vergelijkbare passages om soortgelijke passages in andere documenten te vinden.</translation>
    </message>
    <message>
        <source>Related passages for</source>
        <translation>Vergelijkbare passages bij</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Related passages list</source>
        <translation>Lijst van vergelijkbare passages</translation>
    </message>
    <message>
        <source>No passages like “%1” in other documents.</source>
        <translation>Geen passages zoals ‘%1’ in andere documenten.</translation>
    </message>
    <message>
        <source>Passages like “%1”:</source>
        <translation>Passages zoals ‘%1’:</translation>
    </message>
    <message>
        <source>%1 · page %2
%3</source>
        <translation>%1 · pagina %2
%3</translation>
    </message>
    <message>
        <source>%1, page %2: click to open it</source>
        <translation>%1, pagina %2: klik om het te openen</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, pagina %2: %3</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Make a cross-reference from the selected passage to this one</source>
        <translation>Een kruisverwijzing maken van de geselecteerde passage naar deze</translation>
    </message>
    <message>
        <source>Link to %1, page %2</source>
        <translation>Koppelen aan %1, pagina %2</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
</context>
<context>
    <name>kl::RemoveLetterCommand</name>
    <message>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
</context>
<context>
    <name>kl::SearchPanel</name>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>Only in my notes</source>
        <translation>Alleen in mijn notities</translation>
    </message>
    <message>
        <source>Search letters and notes…</source>
        <translation>Zoeken in documenten en notities…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefixes like migra*, and AND, OR, NOT. Accents do not matter.</source>
        <translation>Woorden, &quot;exacte woordgroepen&quot;, woordbegin zoals migra*, en AND, OR, NOT. Accenten maken niet uit.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filters tonen</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>De filters tonen of verbergen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <source>Run a saved search</source>
        <translation>Een opgeslagen zoekopdracht uitvoeren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status van de zoekopdracht</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Zoekfilters</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>Parliamentary year</source>
        <translation>Vergaderjaar</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Part of the sender, e.g. minister</source>
        <translation>Deel van de afzender, bijv. minister</translation>
    </message>
    <message>
        <source>Search the notes you wrote, not the letters&apos; text</source>
        <translation>In uw eigen notities zoeken, niet in de tekst van de documenten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vergaderjaar:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Afzender:</translation>
    </message>
    <message>
        <source>Any dossier</source>
        <translation>Elk dossier</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Elk vergaderjaar</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Geen opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Filters verbergen</translation>
    </message>
    <message>
        <source>This search cannot be read (%1). Check the quotation marks and brackets.</source>
        <translation>Deze zoekopdracht is niet te lezen (%1). Controleer de aanhalingstekens en haakjes.</translation>
    </message>
    <message>
        <source>Type to search the text of every letter and your notes.</source>
        <translation>Typ om te zoeken in de tekst van alle documenten en in uw notities.</translation>
    </message>
    <message>
        <source>No hits with these filters.</source>
        <translation>Geen resultaten met deze filters.</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 hits in 5 letters</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>1 letter</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 letters</source>
        <translation>%1 documenten</translation>
    </message>
    <message>
        <source>The best %1</source>
        <translation>De beste %1</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Naam van deze zoekopdracht:</translation>
    </message>
    <message>
        <source>The search could not be saved in the library.</source>
        <translation>De zoekopdracht kon niet in de bibliotheek worden opgeslagen.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;? The letters and notes stay.</source>
        <translation>De opgeslagen zoekopdracht ‘%1’ verwijderen? De documenten en notities blijven bewaard.</translation>
    </message>
    <message>
        <source>Save…: save this search and its filters under a name</source>
        <translation>Opslaan…: deze zoekopdracht en de filters onder een naam opslaan</translation>
    </message>
    <message>
        <source>Delete: delete the selected saved search</source>
        <translation>Verwijderen: de geselecteerde opgeslagen zoekopdracht verwijderen</translation>
    </message>
</context>
<context>
    <name>kl::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation>Document zonder titel</translation>
    </message>
    <message>
        <source>%1, 1 hit</source>
        <translation>%1, 1 resultaat</translation>
    </message>
    <message>
        <source>%1, %2 hits</source>
        <translation>%1, %2 resultaten</translation>
    </message>
    <message>
        <source>In your note, page %1</source>
        <translation>In uw notitie, pagina %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Note on page %1: %2</source>
        <translation>Notitie op pagina %1: %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Pagina %1: %2</translation>
    </message>
</context>
<context>
    <name>kl::SetNamedAsCommand</name>
    <message>
        <source>Set the name the document is known by</source>
        <translation>De naam instellen waaronder het document bekend is</translation>
    </message>
    <message>
        <source>the document&apos;s name could not be stored</source>
        <translation>de naam van het document kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>kl::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Opdrachten en toetsen filteren</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
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
        <translation>notitie</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 resultaten</translation>
    </message>
</context>
<context>
    <name>kl::SruPage</name>
    <message>
        <source>the answer is not an SRU response</source>
        <translation>het antwoord is geen SRU-antwoord</translation>
    </message>
</context>
<context>
    <name>kl::StoredCopy</name>
    <message>
        <source>%1: the library&apos;s copy is missing; kamerlezer-cli check --repair copies it again from the original when that is still there</source>
        <translation>%1: de kopie in de bibliotheek ontbreekt; kamerlezer-cli check --repair kopieert haar opnieuw van het origineel als dat er nog is</translation>
    </message>
    <message>
        <source>%1: the library&apos;s copy has changed since it was imported (its checksum differs); kamerlezer-cli check --repair copies it again from the original when that is still there</source>
        <translation>%1: de kopie in de bibliotheek is veranderd sinds de import (de controlesom verschilt); kamerlezer-cli check --repair kopieert haar opnieuw van het origineel als dat er nog is</translation>
    </message>
</context>
<context>
    <name>kl::TextDecoder</name>
    <message>
        <source>invalid %1 text</source>
        <translation>ongeldige %1-tekst</translation>
    </message>
    <message>
        <source>unknown encoding or binary data (NUL bytes; UTF-16 needs a byte order mark)</source>
        <translation>onbekende codering of binaire gegevens (NUL-bytes; UTF-16 heeft een byte-order-mark nodig)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 and were replaced</source>
        <translation>
            <numerusform>%n byte is geen geldige UTF-8 en is vervangen</numerusform>
            <numerusform>%n bytes zijn geen geldige UTF-8 en zijn vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown encoding or binary data, not text</source>
        <translation>onbekende codering of binaire gegevens, geen tekst</translation>
    </message>
</context>
<context>
    <name>kl::TextImporter</name>
    <message>
        <source>the file holds no text</source>
        <translation>het bestand bevat geen tekst</translation>
    </message>
</context>
<context>
    <name>kl::TextView</name>
    <message>
        <source>Document text</source>
        <translation>Tekst van het document</translation>
    </message>
</context>
<context>
    <name>kl::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
</context>
<context>
    <name>kl::ToezeggingModel</name>
    <message>
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Termijn nadert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Deels nagekomen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Made to %1</source>
        <translation>Gedaan aan %1</translation>
    </message>
    <message>
        <source>Kept by %1</source>
        <translation>Nagekomen met %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Gedaan in</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Gedaan in %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Door %1</translation>
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
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Termijn nadert</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Mark Kept…</source>
        <translation>Nagekomen…</translation>
    </message>
    <message>
        <source>Choose the letter that keeps it</source>
        <translation>Kies de brief waarmee ze is nagekomen</translation>
    </message>
    <message>
        <source>Deadline…</source>
        <translation>Termijn…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Not a toezegging: it is not found again</source>
        <translation>Geen toezegging: ze wordt niet opnieuw gevonden</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Marked kept.</source>
        <translation>Als nagekomen gemarkeerd.</translation>
    </message>
    <message>
        <source>Deadline changed.</source>
        <translation>Termijn gewijzigd.</translation>
    </message>
    <message>
        <source>Dismissed: it is not a toezegging.</source>
        <translation>Afgewezen: het is geen toezegging.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Mark &amp;Kept…</source>
        <translation>&amp;Nagekomen…</translation>
    </message>
    <message>
        <source>&amp;Deadline…</source>
        <translation>&amp;Termijn…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Deels nagekomen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Change the deadline</source>
        <translation>De termijn wijzigen</translation>
    </message>
</context>
<context>
    <name>kl::VlosXmlImporter</name>
    <message>
        <source>damaged XML at line %1: %2</source>
        <translation>beschadigde XML op regel %1: %2</translation>
    </message>
    <message>
        <source>the XML holds no text</source>
        <translation>de XML bevat geen tekst</translation>
    </message>
</context>
<context>
    <name>kl::VoteSummary</name>
    <message>
        <source>Vote outcome</source>
        <translation>Uitslag van de stemming</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>Voor gestemd</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>Tegen gestemd</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Niet gestemd</translation>
    </message>
    <message>
        <source>How the Kamer voted</source>
        <translation>Hoe de Kamer stemde</translation>
    </message>
    <message>
        <source>Vote: %1</source>
        <translation>Stemming: %1</translation>
    </message>
    <message>
        <source>Vote: %1 · %2</source>
        <translation>Stemming: %1 · %2</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Zetels: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Tegen</translation>
    </message>
</context>
<context>
    <name>kl::WelcomePage</name>
    <message>
        <source>No document open</source>
        <translation>Geen document geopend</translation>
    </message>
    <message>
        <source>Open a document from the dossier tree, search the library with Ctrl+Shift+F, or import files with File → Import Files… (Ctrl+O) or by dropping them here.</source>
        <translation>Open een document in de dossierboom, doorzoek de bibliotheek met Ctrl+Shift+F, of importeer bestanden met Bestand → Bestanden importeren… (Ctrl+O) of door ze hierheen te slepen.</translation>
    </message>
</context>
<context>
    <name>kl::XmlEntities</name>
    <message>
        <source>the XML declares entities of its own (&lt;!ENTITY&gt;), which official publications never do: not read</source>
        <translation>de XML declareert eigen entiteiten (&lt;!ENTITY&gt;), wat officiële publicaties nooit doen: niet gelezen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for Dutch parliamentary documents.</source>
        <translation>Een lezer voor Nederlandse parlementaire documenten.</translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation>De map van de bibliotheek (standaard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>The language of the interface (nl, en).</source>
        <translation>De taal van de interface (nl, en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Documents to import and open (PDF, text, XML).</source>
        <translation>Documenten om te importeren en te openen (pdf, tekst, XML).</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[BESTAND...]</translation>
    </message>
</context>
</TS>
