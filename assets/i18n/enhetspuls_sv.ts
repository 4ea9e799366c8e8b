<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="14" />
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="14" />
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="59" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="61" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="63" />
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="65" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="67" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="69" />
        <source>Expected effect (tkr)</source>
        <translation>Förväntad effekt (tkr)</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="71" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="68" />
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="76" />
        <source>Close</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="78" />
        <source>Mark %1 as done</source>
        <translation>Markera %1 som klar</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="86" />
        <source>No actions yet.</source>
        <translation>Inga åtgärder än.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="36" />
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="44" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="44" />
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="46" />
        <source>No end date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="47" />
        <source>Late, due %1</source>
        <translation>Försenad, skulle vara klar %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="47" />
        <source>Due %1</source>
        <translation>Klar senast %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="107" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="108" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="109" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../qml/pages/ActionsPage.qml" line="35" />
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ActionsPage.qml" line="37" />
        <source>%1 open, %2 late · expected effect of open actions %3</source>
        <translation>%1 pågående, %2 försenade · förväntad effekt av öppna åtgärder %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ActionsPage.qml" line="43" />
        <source>Show done</source>
        <translation>Visa klara</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ActionsPage.qml" line="46" />
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="88" />
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="90" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="91" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="147" />
        <source>Undo comment</source>
        <translation>Ångra kommentar</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="149" />
        <source>Undo analysis</source>
        <translation>Ångra analys</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="151" />
        <source>Undo action change</source>
        <translation>Ångra ändring av åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="153" />
        <source>Undo forecast</source>
        <translation>Ångra prognos</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="155" />
        <source>Undo value</source>
        <translation>Ångra värde</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="157" />
        <source>Undo APT change</source>
        <translation>Ångra APT-ändring</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="158" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="164" />
        <source>All changes synced</source>
        <translation>Allt är synkat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/src/appstate.cpp" line="165" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n ändring ej synkad än</numerusform><numerusform>%n ändringar ej synkade än</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="282" />
        <source>The expected effect must be a number of tkr</source>
        <translation>Förväntad effekt ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="329" />
        <source>The forecast must be a number of tkr</source>
        <translation>Prognosen ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location filename="../../qml/src/appstate.cpp" line="344" />
        <source>The value must be a number</source>
        <translation>Värdet ska vara ett tal</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../qml/components/CommentEditor.qml" line="14" />
        <source>Write a comment for the staff meeting and the report…</source>
        <translation>Skriv en kommentar till APT och rapporten…</translation>
    </message>
    <message>
        <location filename="../../qml/components/CommentEditor.qml" line="29" />
        <source>Saved on this device</source>
        <translation>Sparat på enheten</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../qml/src/format.cpp" line="144" />
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="145" />
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="146" />
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="149" />
        <source>No value</source>
        <translation>Värde saknas</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="177" />
        <source>Better than last year</source>
        <translation>Bättre än föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="178" />
        <source>Same as last year</source>
        <translation>Samma som föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="179" />
        <source>Worse than last year</source>
        <translation>Sämre än föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="182" />
        <source>No comparison with last year</source>
        <translation>Ingen jämförelse med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="188" />
        <source>Target: at most %1</source>
        <translation>Mål: högst %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="189" />
        <source>Target: at least %1</source>
        <translation>Mål: minst %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="190" />
        <source>Target: increase on last year</source>
        <translation>Mål: öka jämfört med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="191" />
        <source>Target: decrease on last year</source>
        <translation>Mål: minska jämfört med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="194" />
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="194" />
        <source>No target set</source>
        <translation>Inget mål satt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="218" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="220" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="221" />
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="16" />
        <location filename="../../qml/Main.qml" line="55" />
        <source>Enhetspuls</source>
        <translation>Enhetspuls</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="29" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="29" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="29" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="29" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="30" />
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="30" />
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="30" />
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="30" />
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="67" />
        <source>Unit: %1. Change unit</source>
        <translation>Enhet: %1. Byt enhet</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="100" />
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="108" />
        <source>Period: %1. Change period</source>
        <translation>Period: %1. Byt period</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="125" />
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="37" />
        <source>Last year %1</source>
        <translation>Föregående år %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="84" />
        <source>%1 met</source>
        <translation>%1 uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="85" />
        <source>%1 partly met</source>
        <translation>%1 delvis uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="86" />
        <source>%1 not met</source>
        <translation>%1 ej uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="87" />
        <source>%1 indicators</source>
        <translation>%1 indikatorer</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="49" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="55" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="72" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="85" />
        <source>This month</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="86" />
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="87" />
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="95" />
        <source>Sick leave per month, last 12 months</source>
        <translation>Sjukfrånvaro per månad, senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="98" />
        <source>Short-term (day 1–14) %1 · long-term %2 of scheduled time, year to date</source>
        <translation>Korttid (dag 1–14) %1 · längre %2 av schemalagd tid, hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="108" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="109" />
        <source>Net cost, tkr. Positive = better than budget</source>
        <translation>Nettokostnad, tkr. Positivt = bättre än budget</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="117" />
        <source>Deviation year to date</source>
        <translation>Avvikelse hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="123" />
        <source>Forecast deviation, full year</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="134" />
        <source>Budget to date</source>
        <translation>Budget hittills</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="136" />
        <source>Actual to date</source>
        <translation>Utfall hittills</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="138" />
        <source>Budget full year</source>
        <translation>Budget helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="140" />
        <source>Forecast full year</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="146" />
        <source>Actions due or late</source>
        <translation>Åtgärder att följa upp</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="147" />
        <source>%1 late · next 31 days</source>
        <translation>%1 försenade · kommande 31 dagar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="178" />
        <source>No actions are due in the coming month.</source>
        <translation>Inga åtgärder ska vara klara den kommande månaden.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="186" />
        <source>+ %1 more</source>
        <translation>+ %1 till</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="192" />
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="201" />
        <source>Goals and indicators</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="225" />
        <source>No indicators have targets or values for this unit and period.</source>
        <translation>Inga indikatorer har mål eller värden för enheten och perioden.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="236" />
        <source>Analysis of the period</source>
        <translation>Analys av perioden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="237" />
        <source>Summarise the month: what went well, what needs action…</source>
        <translation>Sammanfatta månaden: vad gick bra, vad behöver åtgärdas…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../qml/components/PeriodPicker.qml" line="25" />
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/components/PeriodPicker.qml" line="40" />
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="17" />
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="19" />
        <source>Changes on this device</source>
        <translation>Ändringar på den här enheten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="20" />
        <source>Everything you write is saved at once on this device and sent to the server when sync is set up.</source>
        <translation>Allt du skriver sparas direkt på enheten och skickas till servern när synk är uppsatt.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="42" />
        <source>Not yet synced: comments, actions, forecasts, values and APT notes written here.</source>
        <translation>Ej synkat än: kommentarer, åtgärder, prognoser, värden och APT-anteckningar som skrivits här.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="43" />
        <source>Nothing is waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="57" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="63" />
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="65" />
        <source>Not configured (start with --server URL)</source>
        <translation>Inte inställd (starta med --server URL)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="68" />
        <source>Local database</source>
        <translation>Lokal databas</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="70" />
        <source>Demo data (a throwaway copy, deleted when the app closes)</source>
        <translation>Demodata (en tillfällig kopia som tas bort när appen stängs)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="75" />
        <source>Sync with the server is not available in this version yet; your changes are kept on this device.</source>
        <translation>Synk med servern finns inte i den här versionen än; dina ändringar finns kvar på enheten.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="81" />
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="84" />
        <source>Dark mode</source>
        <translation>Mörkt läge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="89" />
        <location filename="../../qml/pages/SyncPage.qml" line="95" />
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
</context>
<context>
    <name>UnitListModel</name>
    <message>
        <location filename="../../qml/src/unitlistmodel.cpp" line="96" />
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location filename="../../qml/src/unitlistmodel.cpp" line="97" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../qml/src/unitlistmodel.cpp" line="98" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../qml/components/UnitPicker.qml" line="23" />
        <source>Choose unit</source>
        <translation>Välj enhet</translation>
    </message>
    <message>
        <location filename="../../qml/components/UnitPicker.qml" line="33" />
        <source>Search unit or code</source>
        <translation>Sök enhet eller kod</translation>
    </message>
</context>
</TS>