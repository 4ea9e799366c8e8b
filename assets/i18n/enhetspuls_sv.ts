<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="15" />
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="15" />
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="19" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="25" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="74" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="76" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="78" />
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="82" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="84" />
        <source>Expected effect (tkr)</source>
        <translation>Förväntad effekt (tkr)</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="86" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="74" />
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="82" />
        <source>Close</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="84" />
        <source>Mark %1 as done</source>
        <translation>Markera %1 som klar</translation>
    </message>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="93" />
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
    <name>AptEditor</name>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="17" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="24" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="28" />
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="34" />
        <location filename="../../qml/components/AptEditor.qml" line="37" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="41" />
        <location filename="../../qml/components/AptEditor.qml" line="52" />
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="56" />
        <location filename="../../qml/components/AptEditor.qml" line="68" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="65" />
        <source>What was discussed…</source>
        <translation>Vad som togs upp…</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="72" />
        <location filename="../../qml/components/AptEditor.qml" line="84" />
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="81" />
        <source>One decision or action item per line; they are followed up at the next APT…</source>
        <translation>Ett beslut eller en åtgärdspunkt per rad; de följs upp på nästa APT…</translation>
    </message>
</context>
<context>
    <name>AptModel</name>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="24" />
        <location filename="../../qml/src/aptmodel.cpp" line="97" />
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="69" />
        <source>1. Information</source>
        <translation>1. Information</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="70" />
        <source>2. Work environment (SAM)</source>
        <translation>2. Arbetsmiljö (SAM)</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="71" />
        <source>3. Core values (värdegrund)</source>
        <translation>3. Värdegrund</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="72" />
        <source>4. Sick leave: %1 year to date, %2 rolling 12 months</source>
        <translation>4. Sjukfrånvaro: %1 hittills i år, %2 rullande 12 månader</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="74" />
        <source>5. Budget: deviation to date %1</source>
        <translation>5. Budget: avvikelse hittills %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="75" />
        <source>6. Goals: %1 of %2 goals met</source>
        <translation>6. Mål: %1 av %2 mål uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="76" />
        <source>7. Follow-up of last meeting's decisions</source>
        <translation>7. Uppföljning av förra mötets beslut</translation>
    </message>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="77" />
        <source>8. Other questions</source>
        <translation>8. Övriga frågor</translation>
    </message>
    <message>
        <source>6. Goals and actions: follow-up of last meeting's action items</source>
        <translation>6. Mål och åtgärder: uppföljning av förra mötets punkter</translation>
    </message>
    <message>
        <source>7. Other questions</source>
        <translation>7. Övriga frågor</translation>
    </message>
</context>
<context>
    <name>AptPage</name>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="62" />
        <source>Staff meetings (APT)</source>
        <translation>Arbetsplatsträffar (APT)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/AptPage.qml" line="64" />
        <source>%1 · %n meeting(s)</source>
        <translation>
            <numerusform>%1 · %n möte</numerusform><numerusform>%1 · %n möten</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="70" />
        <source>Show at APT</source>
        <translation>Visa på APT</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="74" />
        <source>Show this month's goals, sick leave, budget and actions full screen</source>
        <translation>Visa månadens mål, sjukfrånvaro, budget och åtgärder i helskärm</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="96" />
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="97" />
        <source>Newest first</source>
        <translation>Senaste först</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="129" />
        <source>No meetings yet for %1.</source>
        <translation>Inga möten än för %1.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="146" />
        <source>Suggested agenda for %1</source>
        <translation>Förslag till dagordning för %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="148" />
        <source>“New APT” creates a meeting with this agenda; you can change it.</source>
        <translation>”Ny APT” skapar ett möte med den här dagordningen; du kan ändra den.</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 möten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="79" />
        <location filename="../../qml/pages/AptPage.qml" line="134" />
        <source>New APT</source>
        <translation>Ny APT</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="41" />
        <source>APT %1</source>
        <translation>APT %1</translation>
    </message>
    <message>
        <source>No meetings yet. Start one with “New APT”: the agenda gets this month's sick leave and budget.</source>
        <translation>Inga möten än. Starta ett med ”Ny APT”: dagordningen får månadens sjukfrånvaro och budget.</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Inget möte valt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="147" />
        <source>Saved on this device as you type</source>
        <translation>Sparas på enheten medan du skriver</translation>
    </message>
    <message>
        <source>Create a meeting to write its agenda and minutes.</source>
        <translation>Skapa ett möte för att skriva dagordning och minnesanteckningar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>What was discussed…</source>
        <translation>Vad som togs upp…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decisions and action items to follow up next time…</source>
        <translation>Beslut och punkter att följa upp nästa gång…</translation>
    </message>
</context>
<context>
    <name>AptPresenter</name>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="81" />
        <source>APT · %1 · %2</source>
        <translation>APT · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="89" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="101" />
        <source>Leave the presentation</source>
        <translation>Avsluta visningen</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="118" />
        <source>Goals · %1</source>
        <translation>Mål · %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="178" />
        <source>No indicators have targets or values for this unit and period.</source>
        <translation>Inga indikatorer har mål eller värden för enheten och perioden.</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="188" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="193" />
        <source>This month</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="194" />
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="195" />
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="212" />
        <source>Sick leave per month</source>
        <translation>Sjukfrånvaro per månad</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="213" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="221" />
        <source>Budget · %1</source>
        <translation>Budget · %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="222" />
        <source>Net cost in tkr. Positive = better than budget</source>
        <translation>Nettokostnad i tkr. Positivt = bättre än budget</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="228" />
        <source>Deviation year to date</source>
        <translation>Avvikelse hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="236" />
        <source>Forecast deviation, full year</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="252" />
        <source>Budget to date %1 · actual %2 · forecast full year %3</source>
        <translation>Budget hittills %1 · utfall %2 · prognos helår %3</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="265" />
        <source>Open actions</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="266" />
        <source>%1 open, %2 late</source>
        <translation>%1 öppna, %2 försenade</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="304" />
        <source>+ %1 more</source>
        <translation>+ %1 till</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="310" />
        <source>No open actions.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="320" />
        <source>Follow-up of last meeting's decisions</source>
        <translation>Uppföljning av förra mötets beslut</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="321" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="334" />
        <source>No decisions were written down at the last meeting.</source>
        <translation>Inga beslut skrevs ner på förra mötet.</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="335" />
        <source>No earlier meeting: decisions made today are followed up at the next APT.</source>
        <translation>Inget tidigare möte: beslut som tas i dag följs upp på nästa APT.</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="376" />
        <source>Previous slide</source>
        <translation>Föregående bild</translation>
    </message>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="391" />
        <source>Next slide</source>
        <translation>Nästa bild</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="13" />
        <source>Income</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="15" />
        <source>Personnel costs</source>
        <translation>Personalkostnader</translation>
    </message>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="17" />
        <source>Other costs</source>
        <translation>Övriga kostnader</translation>
    </message>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="19" />
        <source>Capital costs</source>
        <translation>Kapitalkostnader</translation>
    </message>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="120" />
        <source>Net cost</source>
        <translation>Nettokostnad</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="50" />
        <location filename="../../qml/pages/BudgetPage.qml" line="73" />
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="51" />
        <source>%1 · to %2 · net cost in tkr, positive deviation = better than budget</source>
        <translation>%1 · t.o.m. %2 · nettokostnad i tkr, positiv avvikelse = bättre än budget</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="53" />
        <source>Deviation to date</source>
        <translation>Avvikelse hittills</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="54" />
        <source>Forecast deviation</source>
        <translation>Prognosavvikelse</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="63" />
        <source>Cumulative net cost %1</source>
        <translation>Ackumulerad nettokostnad %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="64" />
        <source>Budget %1 · forecast %2</source>
        <translation>Budget %1 · prognos %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="74" />
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="75" />
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="79" />
        <source>Per category, to date (tkr)</source>
        <translation>Per kategori, hittills (tkr)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="80" />
        <source>Type your full-year forecast; it is saved at once.</source>
        <translation>Skriv din helårsprognos; den sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="80" />
        <source>Forecasts are entered on each unit.</source>
        <translation>Prognoser läggs på respektive enhet.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>Forecast, year</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="88" />
        <source>vs budget</source>
        <translation>mot budget</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="141" />
        <source>Forecast for %1 in tkr</source>
        <translation>Prognos för %1 i tkr</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="165" />
        <source>Actions for a budget in balance</source>
        <translation>Åtgärder för en budget i balans</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="166" />
        <source>Expected savings of open actions %1 against a forecast deviation of %2</source>
        <translation>Förväntade besparingar av öppna åtgärder %1 mot en prognosavvikelse på %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="173" />
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="191" />
        <source>Budget analysis for %1</source>
        <translation>Budgetanalys för %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="192" />
        <source>Explain the deviation and what is being done about it…</source>
        <translation>Förklara avvikelsen och vad som görs åt den…</translation>
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
        <location filename="../../qml/components/CommentEditor.qml" line="38" />
        <source>Saved on this device</source>
        <translation>Sparat på enheten</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="43" />
        <source>Sick leave, year to date</source>
        <translation>Sjukfrånvaro hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="43" />
        <source>Sick leave, rolling 12</source>
        <translation>Sjukfrånvaro rullande 12</translation>
    </message>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="43" />
        <source>Budget deviation to date</source>
        <translation>Budgetavvikelse hittills</translation>
    </message>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="44" />
        <source>Forecast deviation</source>
        <translation>Prognosavvikelse</translation>
    </message>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="44" />
        <source>Goals met</source>
        <translation>Uppfyllda mål</translation>
    </message>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="122" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../qml/pages/ComparePage.qml" line="31" />
        <source>Compare units</source>
        <translation>Jämför enheter</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ComparePage.qml" line="33" />
        <source>Key figures to %1. Tap a column to sort, a unit to open it.</source>
        <translation>Nyckeltal t.o.m. %1. Tryck på en kolumn för att sortera, på en enhet för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ComparePage.qml" line="43" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../qml/pages/ComparePage.qml" line="60" />
        <source>Sort by %1</source>
        <translation>Sortera efter %1</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="21" />
        <source>Units (units.csv)</source>
        <translation>Enheter (units.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="22" />
        <source>Goals (goals.csv)</source>
        <translation>Mål (goals.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="23" />
        <source>Indicators (indicators.csv)</source>
        <translation>Indikatorer (indicators.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="24" />
        <source>Targets (targets.csv)</source>
        <translation>Målvärden (targets.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="25" />
        <source>Indicator values (values.csv)</source>
        <translation>Indikatorvärden (values.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="26" />
        <source>Sick leave (sickleave.csv)</source>
        <translation>Sjukfrånvaro (sickleave.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="27" />
        <source>Budget and outcome (budget.csv)</source>
        <translation>Budget och utfall (budget.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="28" />
        <source>Actions (actions.csv)</source>
        <translation>Åtgärder (actions.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="29" />
        <source>Comments and analyses (comments.csv)</source>
        <translation>Kommentarer och analyser (comments.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="85" />
        <source>Import is not available in this window.</source>
        <translation>Import går inte att göra i det här fönstret.</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="87" />
        <source>Unknown kind of file: %1</source>
        <translation>Okänd sorts fil: %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="89" />
        <source>%1 are imported centrally on the server and reach this device when it syncs.</source>
        <translation>%1 importeras centralt på servern och kommer till enheten när den synkar.</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="92" />
        <source>No such file: %1</source>
        <translation>Filen finns inte: %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="95" />
        <source>Nothing was imported. %1</source>
        <translation>Inget importerades. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/src/dataimport.cpp" line="98" />
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Importerade %n rad från %1.</numerusform><numerusform>Importerade %n rader från %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../qml/src/editor.cpp" line="49" />
        <source>Undo comment</source>
        <translation>Ångra kommentar</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="51" />
        <source>Undo analysis</source>
        <translation>Ångra analys</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="53" />
        <source>Undo action change</source>
        <translation>Ångra ändring av åtgärd</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="55" />
        <source>Undo forecast</source>
        <translation>Ångra prognos</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="57" />
        <source>Undo value</source>
        <translation>Ångra värde</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="59" />
        <source>Undo APT change</source>
        <translation>Ångra APT-ändring</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="60" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="66" />
        <source>All changes synced</source>
        <translation>Allt är synkat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/src/editor.cpp" line="67" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n ändring ej synkad än</numerusform><numerusform>%n ändringar ej synkade än</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="117" />
        <source>The comment could not be saved: unknown unit or period</source>
        <translation>Kommentaren kunde inte sparas: okänd enhet eller period</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="143" />
        <source>The expected effect must be a number of tkr</source>
        <translation>Förväntad effekt ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="190" />
        <source>The forecast must be a number of tkr</source>
        <translation>Prognosen ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location filename="../../qml/src/editor.cpp" line="205" />
        <source>The value must be a number</source>
        <translation>Värdet ska vara ett tal</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../qml/src/format.cpp" line="140" />
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="141" />
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="142" />
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="145" />
        <source>No value</source>
        <translation>Värde saknas</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="173" />
        <source>Better than last year</source>
        <translation>Bättre än föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="174" />
        <source>Same as last year</source>
        <translation>Samma som föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="175" />
        <source>Worse than last year</source>
        <translation>Sämre än föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="178" />
        <source>No comparison with last year</source>
        <translation>Ingen jämförelse med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="184" />
        <source>Target: at most %1</source>
        <translation>Mål: högst %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="185" />
        <source>Target: at least %1</source>
        <translation>Mål: minst %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="186" />
        <source>Target: increase on last year</source>
        <translation>Mål: öka jämfört med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="187" />
        <source>Target: decrease on last year</source>
        <translation>Mål: minska jämfört med föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="190" />
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="190" />
        <source>No target set</source>
        <translation>Inget mål satt</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="214" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="216" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../qml/src/format.cpp" line="217" />
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <location filename="../../qml/src/goalmodel.cpp" line="33" />
        <source>Council goal</source>
        <translation>KF-mål</translation>
    </message>
    <message>
        <location filename="../../qml/src/goalmodel.cpp" line="35" />
        <source>Board goal</source>
        <translation>Nämndmål</translation>
    </message>
    <message>
        <location filename="../../qml/src/goalmodel.cpp" line="37" />
        <source>Administration goal</source>
        <translation>Förvaltningsmål</translation>
    </message>
    <message>
        <location filename="../../qml/src/goalmodel.cpp" line="38" />
        <source>Unit goal</source>
        <translation>Enhetsmål</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="59" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="60" />
        <source>Council → board → administration → unit</source>
        <translation>KF → nämnd → förvaltning → enhet</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="125" />
        <source>This goal has no indicators of its own; its analysis and actions are below.</source>
        <translation>Målet har inga egna indikatorer; analys och åtgärder finns nedan.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="130" />
        <source>Trend</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="138" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="139" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="144" />
        <location filename="../../qml/pages/GoalsPage.qml" line="153" />
        <source>Value for %1</source>
        <translation>Värde för %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="156" />
        <source>Entered by hand; imported values come from the source systems.</source>
        <translation>Manuellt värde; importerade värden kommer från källsystemen.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="166" />
        <source>Analysis for %1</source>
        <translation>Analys för %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="167" />
        <source>How is the goal going, and why?</source>
        <translation>Hur går det med målet, och varför?</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="171" />
        <source>Actions for this goal</source>
        <translation>Åtgärder för målet</translation>
    </message>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="175" />
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="16" />
        <location filename="../../qml/Main.qml" line="59" />
        <source>Enhetspuls</source>
        <translation>Enhetspuls</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="31" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="31" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="31" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="31" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="32" />
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="32" />
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="32" />
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="32" />
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="71" />
        <source>Unit: %1. Change unit</source>
        <translation>Enhet: %1. Byt enhet</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="104" />
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="112" />
        <source>Period: %1. Change period</source>
        <translation>Period: %1. Byt period</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="129" />
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="38" />
        <source>Last year %1</source>
        <translation>Föregående år %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="87" />
        <source>No budget for this unit and year.</source>
        <translation>Ingen budget för enheten och året.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="100" />
        <source>%1 are %2 below budget to date.</source>
        <translation>%1 är %2 under budget hittills i år.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="101" />
        <source>%1 are %2 over budget to date.</source>
        <translation>%1 är %2 över budget hittills i år.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="103" />
        <source>Every category is within budget to date.</source>
        <translation>Alla kategorier håller budget hittills i år.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="106" />
        <source>The full-year forecast is %1 over budget.</source>
        <translation>Helårsprognosen är %1 över budget.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="107" />
        <source>The full-year forecast is within budget (%1).</source>
        <translation>Helårsprognosen håller budget (%1).</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="109" />
        <source>No full-year forecast yet.</source>
        <translation>Ingen helårsprognos än.</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="143" />
        <source>%1 met</source>
        <translation>%1 uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="144" />
        <source>%1 partly met</source>
        <translation>%1 delvis uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="145" />
        <source>%1 not met</source>
        <translation>%1 ej uppfyllda</translation>
    </message>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="146" />
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
        <location filename="../../qml/pages/OverviewPage.qml" line="118" />
        <source>Deviation year to date</source>
        <translation>Avvikelse hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="126" />
        <source>Forecast deviation, full year</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="138" />
        <source>Budget to date</source>
        <translation>Budget hittills</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="140" />
        <source>Actual to date</source>
        <translation>Utfall hittills</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="142" />
        <source>Budget full year</source>
        <translation>Budget helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="144" />
        <source>Forecast full year</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="150" />
        <source>Actions due or late</source>
        <translation>Åtgärder att följa upp</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="151" />
        <source>%1 late · next 31 days</source>
        <translation>%1 försenade · kommande 31 dagar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="182" />
        <source>No actions are due in the coming month.</source>
        <translation>Inga åtgärder ska vara klara den kommande månaden.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="190" />
        <source>+ %1 more</source>
        <translation>+ %1 till</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="196" />
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="205" />
        <source>Goals and indicators</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="229" />
        <source>No indicators have targets or values for this unit and period.</source>
        <translation>Inga indikatorer har mål eller värden för enheten och perioden.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="240" />
        <source>Analysis of the period</source>
        <translation>Analys av perioden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="241" />
        <source>Summarise the month: what went well, what needs action…</source>
        <translation>Sammanfatta månaden: vad gick bra, vad behöver åtgärdas…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../qml/components/PeriodPicker.qml" line="26" />
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <location filename="../../qml/components/PeriodPicker.qml" line="42" />
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../../qml/src/selection.cpp" line="88" />
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location filename="../../qml/src/selection.cpp" line="90" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../qml/src/selection.cpp" line="91" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>SickLeaveModel</name>
    <message>
        <location filename="../../qml/src/sickleavemodel.cpp" line="133" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>SickLeavePage</name>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="46" />
        <location filename="../../qml/pages/SickLeavePage.qml" line="107" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="49" />
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="50" />
        <location filename="../../qml/pages/SickLeavePage.qml" line="71" />
        <location filename="../../qml/pages/SickLeavePage.qml" line="166" />
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="51" />
        <source>Share long-term (60+ days)</source>
        <translation>Andel långtid (60+ dagar)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="52" />
        <source>Sick pay cost</source>
        <translation>Sjuklönekostnad</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="61" />
        <source>Sick leave per month</source>
        <translation>Sjukfrånvaro per månad</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="62" />
        <source>Percentage of scheduled hours</source>
        <translation>Andel av schemalagd tid</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="70" />
        <location filename="../../qml/pages/SickLeavePage.qml" line="107" />
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="72" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="76" />
        <source>Short and long sick leave</source>
        <translation>Kort och lång sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="77" />
        <source>Day 1–14 and day 15+, percentage of scheduled hours</source>
        <translation>Dag 1–14 och dag 15+, andel av schemalagd tid</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="86" />
        <source>Short-term (day 1–14)</source>
        <translation>Korttid (dag 1–14)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="87" />
        <source>Longer (day 15+)</source>
        <translation>Längre (dag 15+)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="99" />
        <source>Month by month</source>
        <translation>Månad för månad</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="107" />
        <source>Short</source>
        <translation>Korttid</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="107" />
        <source>Longer</source>
        <translation>Längre</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="107" />
        <source>Rolling 12</source>
        <translation>Rullande 12</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="155" />
        <source>Compared with related units</source>
        <translation>Jämfört med närliggande enheter</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="156" />
        <source>Rolling 12 months to %1</source>
        <translation>Rullande 12 månader t.o.m. %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="176" />
        <source>Comment for %1</source>
        <translation>Kommentar för %1</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="106" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="106" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="107" />
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="107" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="109" />
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="109" />
        <location filename="../../qml/src/syncconflictmodel.cpp" line="138" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="113" />
        <source>Action “%1”</source>
        <translation>Åtgärd ”%1”</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="115" />
        <source>Budget %1 · %2</source>
        <translation>Budget %1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="119" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="121" />
        <source>APT meeting %1</source>
        <translation>APT-möte %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="123" />
        <source>Sick leave %1</source>
        <translation>Sjukfrånvaro %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="133" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="133" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="134" />
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="134" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="135" />
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="135" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="136" />
        <source>Expected effect (tkr)</source>
        <translation>Förväntad effekt (tkr)</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="136" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="137" />
        <source>Forecast (tkr)</source>
        <translation>Prognos (tkr)</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="137" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="138" />
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="139" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="139" />
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="140" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="140" />
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="148" />
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="161" />
        <source>Overwritten by a later change from another device</source>
        <translation>Skrevs över av en senare ändring från en annan enhet</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="163" />
        <source>The record was deleted on another device</source>
        <translation>Posten togs bort på en annan enhet</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="165" />
        <source>You no longer have access to this unit</source>
        <translation>Du har inte längre behörighet till enheten</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="167" />
        <source>The server did not accept the change</source>
        <translation>Servern tog inte emot ändringen</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="196" />
        <source>This conflict cannot be restored</source>
        <translation>Den här konflikten går inte att återställa</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="218" />
        <source>No such conflict</source>
        <translation>Konflikten finns inte</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="132" />
        <source>Sync is not available here</source>
        <translation>Synk finns inte här</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="134" />
        <source>No server set</source>
        <translation>Ingen server inställd</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="136" />
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="138" />
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="140" />
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="142" />
        <source>Signed in as %1 – the last sync failed</source>
        <translation>Inloggad som %1 – senaste synken misslyckades</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="143" />
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="149" />
        <source>Never synced on this device</source>
        <translation>Aldrig synkad på den här enheten</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="150" />
        <source>Last synced %1</source>
        <translation>Senast synkad %1</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="156" />
        <source>All changes synced</source>
        <translation>Allt är synkat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/src/syncmanager.cpp" line="156" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n ändring ej synkad än</numerusform><numerusform>%n ändringar ej synkade än</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="163" />
        <source>No keychain on this device: you stay signed in only until the app closes.</source>
        <translation>Ingen nyckelring på enheten: du är inloggad bara tills appen stängs.</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="194" />
        <source>The server address is not valid, e.g. https://enhetspuls.kommun.se</source>
        <translation>Serveradressen är inte giltig, t.ex. https://enhetspuls.kommun.se</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="199" />
        <source>Enter user name and password</source>
        <translation>Fyll i användarnamn och lösenord</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="254" />
        <source>Wrong user name or password</source>
        <translation>Fel användarnamn eller lösenord</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="341" />
        <source>No contact with the server – your changes are saved on the device and synced later</source>
        <translation>Ingen kontakt med servern – dina ändringar sparas på enheten och synkas senare</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="343" />
        <source>Your sign-in has expired. Sign in again – your changes are kept on the device.</source>
        <translation>Inloggningen har gått ut. Logga in igen – dina ändringar finns kvar på enheten.</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="345" />
        <source>The server did not accept one of your changes; it is kept in the conflict list below.</source>
        <translation>Servern tog inte emot en av dina ändringar; den finns kvar i konfliktlistan nedan.</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="347" />
        <source>The server is newer than this app. Update the app to sync.</source>
        <translation>Servern är nyare än appen. Uppdatera appen för att kunna synka.</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="349" />
        <source>Too many failed sign-ins. Wait a minute and try again.</source>
        <translation>För många misslyckade inloggningar. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="351" />
        <source>The server has a problem right now – your changes are saved on the device and synced later</source>
        <translation>Servern har problem just nu – dina ändringar sparas på enheten och synkas senare</translation>
    </message>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="352" />
        <source>Sync failed: %1</source>
        <translation>Synken misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="37" />
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Changes on this device</source>
        <translation>Ändringar på den här enheten</translation>
    </message>
    <message>
        <source>Everything you write is saved at once on this device and sent to the server when sync is set up.</source>
        <translation>Allt du skriver sparas direkt på enheten och skickas till servern när synk är uppsatt.</translation>
    </message>
    <message>
        <source>Not yet synced: comments, actions, forecasts, values and APT notes written here.</source>
        <translation>Ej synkat än: kommentarer, åtgärder, prognoser, värden och APT-anteckningar som skrivits här.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="137" />
        <location filename="../../qml/pages/SyncPage.qml" line="298" />
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Not configured (start with --server URL)</source>
        <translation>Inte inställd (starta med --server URL)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="303" />
        <source>Local database</source>
        <translation>Lokal databas</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="305" />
        <source>Demo data (a throwaway copy, deleted when the app closes)</source>
        <translation>Demodata (en tillfällig kopia som tas bort när appen stängs)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync with the server is not available in this version yet; your changes are kept on this device.</source>
        <translation>Synk med servern finns inte i den här versionen än; dina ändringar finns kvar på enheten.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="312" />
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="315" />
        <source>Dark mode</source>
        <translation>Mörkt läge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="320" />
        <location filename="../../qml/pages/SyncPage.qml" line="326" />
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="40" />
        <source>Sync status</source>
        <translation>Synkstatus</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="72" />
        <source>Everything you write is saved at once on this device and sent to the server at the next sync.</source>
        <translation>Allt du skriver sparas direkt på enheten och skickas till servern vid nästa synk.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="106" />
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="118" />
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="129" />
        <source>Sign in to the sync server</source>
        <translation>Logga in på synkservern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="130" />
        <source>Your user account from the administration; the password is only sent to the server.</source>
        <translation>Ditt användarkonto från förvaltningen; lösenordet skickas bara till servern.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="146" />
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="154" />
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="166" />
        <source>Sign in and sync</source>
        <translation>Logga in och synka</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="178" />
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/SyncPage.qml" line="180" />
        <source>%n value(s) you wrote lost to a newer change from another device.</source>
        <translation>
            <numerusform>%n värde du skrev ersattes av en senare ändring från en annan enhet.</numerusform>
            <numerusform>%n värden du skrev ersattes av senare ändringar från andra enheter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="181" />
        <source>No conflicts: nothing you wrote has been overwritten.</source>
        <translation>Inga konflikter: inget du skrivit har skrivits över.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="208" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="213" />
        <source>Your value: %1</source>
        <translation>Ditt värde: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="219" />
        <source>Value now: %1</source>
        <translation>Värde nu: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="228" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="229" />
        <source>Restore your value</source>
        <translation>Återställ ditt värde</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="234" />
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="248" />
        <source>Import data from a file</source>
        <translation>Importera data från fil</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="250" />
        <source>Figures from the HR and economy systems are imported on the server. Here you can import comments and actions.</source>
        <translation>Siffror från personal- och ekonomisystemen importeras på servern. Här kan du importera kommentarer och åtgärder.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="251" />
        <source>CSV files in the documented formats; a file with an error is not imported at all.</source>
        <translation>CSV-filer i de dokumenterade formaten; en fil med fel importeras inte alls.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="264" />
        <source>Kind of file</source>
        <translation>Sorts fil</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="268" />
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="284" />
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="285" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="291" />
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="300" />
        <source>Not set</source>
        <translation>Inte inställd</translation>
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