<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../qml/components/ActionDialog.qml" line="+20"/>
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the decision an action</source>
        <translation>Gör beslutet till en åtgärd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Expected effect (tkr)</source>
        <translation>Förväntad effekt (tkr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../qml/components/ActionList.qml" line="+74"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as done</source>
        <translation>Markera %1 som klar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No actions yet.</source>
        <translation>Inga åtgärder än.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../qml/src/actionmodel.cpp" line="+33"/>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No end date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1</source>
        <translation>Klar senast %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was due %1</source>
        <translation>Skulle ha varit klar %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../qml/pages/ActionsPage.qml" line="+35"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln öppen</numerusform>
            <numerusform>%Ln öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln försenad</numerusform>
            <numerusform>%Ln försenade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected effect of open actions %1</source>
        <translation>förväntad effekt av öppna åtgärder %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show done</source>
        <translation>Visa klara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
</context>
<context>
    <name>Apt</name>
    <message>
        <location filename="../../backend/apt.cpp" line="+29"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work environment (SAM)</source>
        <translation>Arbetsmiljö/SAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core values</source>
        <translation>Värdegrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up of actions</source>
        <translation>Uppföljning av åtgärder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other questions</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>AptEditor</name>
    <message>
        <location filename="../../qml/components/AptEditor.qml" line="+67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of participants</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+288"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message numerus="yes">
        <location line="-282"/>
        <source>%1 of %n item(s) gone through</source>
        <translation>
            <numerusform>%1 av %n punkt gicks igenom</numerusform>
            <numerusform>%1 av %n punkter gicks igenom</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 gone through</source>
        <translation>%1 gicks igenom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gone through</source>
        <translation>Gicks igenom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the item %1</source>
        <translation>Ta bort punkten %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes for this item…</source>
        <translation>Anteckningar för punkten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes for %1</source>
        <translation>Anteckningar för %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another item…</source>
        <translation>Ytterligare en punkt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of another agenda item</source>
        <translation>Rubrik för ytterligare en punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No decisions yet. A decision can become an action with an owner and a due date.</source>
        <translation>Inga beslut än. Ett beslut kan bli en åtgärd med ansvarig och datum.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was decided…</source>
        <translation>Vad som beslutades…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision %1</source>
        <translation>Beslut %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove decision %1</source>
        <translation>Ta bort beslut %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make it an action…</source>
        <translation>Gör till åtgärd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make decision %1 an action with an owner and a due date</source>
        <translation>Gör beslut %1 till en åtgärd med ansvarig och datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up of actions</source>
        <translation>Uppföljning av åtgärder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open actions to follow up.</source>
        <translation>Inga öppna åtgärder att följa upp.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>late</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status of %1</source>
        <translation>Status för %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda (written as text)</source>
        <translation>Dagordning (skriven som text)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decisions (written as text)</source>
        <translation>Beslut (skrivna som text)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Other notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Anything else that was said…</source>
        <translation>Annat som togs upp…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the meeting again</source>
        <translation>Öppna mötet igen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting is closed; its notes can no longer be changed by mistake.</source>
        <translation>Mötet är avslutat; anteckningarna kan inte ändras av misstag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the meeting when it is over: the notes are then kept as they are.</source>
        <translation>Avsluta mötet när det är slut: då sparas anteckningarna som de är.</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+187"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>AptListModel</name>
    <message>
        <location filename="../../qml/src/aptlistmodel.cpp" line="+17"/>
        <location line="+102"/>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>done %1</source>
        <translation>klar %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Action: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action (removed or not on this device)</source>
        <translation>Åtgärd (borttagen eller inte på den här surfplattan/datorn)</translation>
    </message>
</context>
<context>
    <name>AptModel</name>
    <message>
        <location filename="../../qml/src/aptmodel.cpp" line="+28"/>
        <location line="+111"/>
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No file was chosen; the minutes were not saved.</source>
        <translation>Ingen fil valdes; minnesanteckningarna sparades inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting was not found, so no minutes were saved.</source>
        <translation>Mötet hittades inte, så inga minnesanteckningar sparades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes could not be saved in %1. Choose another folder.</source>
        <translation>Minnesanteckningarna kunde inte sparas i %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes were saved in %1.</source>
        <translation>Minnesanteckningarna sparades i %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 year to date, %3 rolling 12 months</source>
        <translation>%1: %2 hittills i år, %3 rullande 12 månader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deviation to date %2</source>
        <translation>%1: avvikelse hittills %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 goals met</source>
        <translation>%1: %2 av %3 mål uppfyllda</translation>
    </message>
</context>
<context>
    <name>AptPage</name>
    <message>
        <location filename="../../qml/pages/AptPage.qml" line="+77"/>
        <source>Staff meetings (APT)</source>
        <translation>Arbetsplatsträffar (APT)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n meeting(s)</source>
        <translation>
            <numerusform>%1 · %n möte</numerusform>
            <numerusform>%1 · %n möten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show at APT</source>
        <translation>Visa på APT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this month&apos;s goals, sick leave, budget and actions full screen</source>
        <translation>Visa månadens mål, sjukfrånvaro, budget och åtgärder i helskärm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Senaste först</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No meetings yet for %1.</source>
        <translation>Inga möten än för %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standard agenda…</source>
        <translation>Standarddagordning…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the agenda every new meeting of %1 starts from</source>
        <translation>Ändra dagordningen som varje nytt möte för %1 börjar med</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested agenda for %1</source>
        <translation>Förslag till dagordning för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed · saved on this device</source>
        <translation>Avslutat · sparat här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“New APT” creates a meeting with this agenda; you can change it.</source>
        <translation>”Ny APT” skapar ett möte med den här dagordningen; du kan ändra den.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save minutes (PDF)</source>
        <translation>Spara minnesanteckningar (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this meeting&apos;s minutes as a PDF file</source>
        <translation>Spara mötets minnesanteckningar som en PDF-fil</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the minutes</source>
        <translation>Spara minnesanteckningarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Standard agenda for %1</source>
        <translation>Standarddagordning för %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every new APT of %1 starts with these items, in this order.</source>
        <translation>Varje ny APT för %1 börjar med de här punkterna, i den här ordningen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move item %1 up</source>
        <translation>Flytta punkt %1 uppåt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove item %1</source>
        <translation>Ta bort punkt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+66"/>
        <source>New APT</source>
        <translation>Ny APT</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>APT %1</source>
        <translation>APT %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Saved on this device as you type</source>
        <translation>Sparas här medan du skriver</translation>
    </message>
</context>
<context>
    <name>AptPresenter</name>
    <message>
        <location filename="../../qml/components/AptPresenter.qml" line="+138"/>
        <source>APT · %1 · %2</source>
        <translation>APT · %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the presentation</source>
        <translation>Avsluta visningen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Follow-up of last meeting&apos;s decisions</source>
        <translation>Uppföljning av förra mötets beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decisions were written down at the last meeting.</source>
        <translation>Inga beslut skrevs ner på förra mötet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier meeting: decisions made today are followed up at the next APT.</source>
        <translation>Inget tidigare möte: beslut som tas i dag följs upp på nästa APT.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous slide</source>
        <translation>Föregående bild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next slide</source>
        <translation>Nästa bild</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../qml/src/budgetmodel.cpp" line="+85"/>
        <source>Net cost</source>
        <translation>Nettokostnad</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../qml/pages/BudgetPage.qml" line="+58"/>
        <location line="+26"/>
        <location line="+16"/>
        <location line="+49"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 · actual %2 · net cost in tkr, positive deviation = better than budget</source>
        <translation>%1 · utfall %2 · nettokostnad i tkr, positiv avvikelse = bättre än budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported yet this year</source>
        <translation>saknas ännu i år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deviation to date</source>
        <translation>Avvikelse hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast deviation</source>
        <translation>Prognosavvikelse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cumulative net cost %1</source>
        <translation>Ackumulerad nettokostnad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget %1 · forecast %2</source>
        <translation>Budget %1 · prognos %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cumulative net cost %1 in tkr: budget, actual and forecast</source>
        <translation>Ackumulerad nettokostnad %1 i tkr: budget, utfall och prognos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+51"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per category, to date (tkr)</source>
        <translation>Per kategori, hittills (tkr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your full-year forecast; it is saved at once.</source>
        <translation>Skriv din helårsprognos; den sparas direkt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecasts are entered on each unit.</source>
        <translation>Prognoser läggs på respektive enhet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+55"/>
        <source>Forecast, year</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+90"/>
        <source>vs budget</source>
        <translation>mot budget</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Forecast for %1 in tkr</source>
        <translation>Prognos för %1 i tkr</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Actions for a budget in balance</source>
        <translation>Åtgärder för en budget i balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected savings of open actions %1 against a forecast deviation of %2</source>
        <translation>Förväntade besparingar av öppna åtgärder %1 mot en prognosavvikelse på %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Budget analysis for %1</source>
        <translation>Budgetanalys för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the deviation and what is being done about it…</source>
        <translation>Förklara avvikelsen och vad som görs åt den…</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <location filename="../../qml/src/charttext.cpp" line="+72"/>
        <source>No values in the chart.</source>
        <translation>Diagrammet har inga värden.</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../qml/components/CommentEditor.qml" line="+14"/>
        <source>Write a comment for the staff meeting and the report…</source>
        <translation>Skriv en kommentar till APT och rapporten…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved on this device</source>
        <translation>Sparat här</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../qml/src/comparemodel.cpp" line="+44"/>
        <source>Sick leave, year to date</source>
        <translation>Sjukfrånvaro hittills i år</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sick leave, rolling 12</source>
        <translation>Sjukfrånvaro rullande 12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget deviation to date</source>
        <translation>Budgetavvikelse hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast deviation</source>
        <translation>Prognosavvikelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals met</source>
        <translation>Uppfyllda mål</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../qml/pages/ComparePage.qml" line="+31"/>
        <source>Compare units</source>
        <translation>Jämför enheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures to %1. Tap a column to sort, a unit to open it.</source>
        <translation>Nyckeltal t.o.m. %1. Tryck på en kolumn för att sortera, på en enhet för att öppna den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sort by %1</source>
        <translation>Sortera efter %1</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../../qml/src/dataimport.cpp" line="+25"/>
        <source>Units (units.csv)</source>
        <translation>Enheter (units.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals (goals.csv)</source>
        <translation>Mål (goals.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators (indicators.csv)</source>
        <translation>Indikatorer (indicators.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets (targets.csv)</source>
        <translation>Målvärden (targets.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values (values.csv)</source>
        <translation>Indikatorvärden (values.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave (sickleave.csv)</source>
        <translation>Sjukfrånvaro (sickleave.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget and outcome (budget.csv)</source>
        <translation>Budget och utfall (budget.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions (actions.csv)</source>
        <translation>Åtgärder (actions.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments and analyses (comments.csv)</source>
        <translation>Kommentarer och analyser (comments.csv)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import is not available in this window.</source>
        <translation>Import går inte att göra i det här fönstret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of file: %1</source>
        <translation>Okänd sorts fil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are imported centrally on the server and reach this device when it syncs.</source>
        <translation>%1 importeras centralt på servern och kommer hit vid nästa synk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No such file: %1</source>
        <translation>Filen finns inte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. %1</source>
        <translation>Inget importerades. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Importerade %n rad från %1.</numerusform>
            <numerusform>Importerade %n rader från %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/DateField.qml" line="+12"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose %1 in a calendar</source>
        <translation>Välj %1 i en kalender</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../qml/src/editor.cpp" line="+61"/>
        <source>Undo comment</source>
        <translation>Ångra kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo analysis</source>
        <translation>Ångra analys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo action change</source>
        <translation>Ångra ändring av åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo forecast</source>
        <translation>Ångra prognos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo value</source>
        <translation>Ångra värde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo APT change</source>
        <translation>Ångra APT-ändring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo decision</source>
        <translation>Ångra beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo standard agenda</source>
        <translation>Ångra standarddagordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All changes synced</source>
        <translation>Allt är synkat</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln change(s) not yet synced</source>
        <translation>
            <numerusform>%Ln ändring ej synkad än</numerusform>
            <numerusform>%Ln ändringar ej synkade än</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The comment could not be saved: unknown unit or period</source>
        <translation>Kommentaren kunde inte sparas: okänd enhet eller period</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The expected effect must be a number of tkr</source>
        <translation>Förväntad effekt ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The forecast must be a number of tkr</source>
        <translation>Prognosen ska vara ett belopp i tkr</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The value must be a number</source>
        <translation>Värdet ska vara ett tal</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The number of participants must be a whole number</source>
        <translation>Antalet deltagare måste vara ett heltal</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="+27"/>
        <source>Welcome to Enhetspuls</source>
        <translation>Välkommen till Enhetspuls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no units here yet. Follow-up figures, goals and budgets come from your organisation&apos;s server, so start there.</source>
        <translation>Här finns inga enheter än. Uppföljningens siffror, mål och budget kommer från förvaltningens server, så börja där.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Connect to the server</source>
        <translation>1. Anslut till servern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the address, user name and password you got from the administration (förvaltningen). Your units and their figures arrive at the first sync.</source>
        <translation>Använd adressen, användarnamnet och lösenordet du fått från förvaltningen. Dina enheter och deras siffror kommer vid första synken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect…</source>
        <translation>Anslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the server</source>
        <translation>Anslut till servern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Or import files</source>
        <translation>2. Eller importera filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a server you can import the CSV files from the HR and economy systems yourself, starting with the units file.</source>
        <translation>Utan server kan du själv importera CSV-filerna från personal- och ekonomisystemen. Börja med filen med enheter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files…</source>
        <translation>Importera filer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3. Or look around with demo data</source>
        <translation>3. Eller titta runt med demodata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate window with made-up units and figures. Nothing you do there reaches this app or the server.</source>
        <translation>Öppnar ett eget fönster med påhittade enheter och siffror. Inget du gör där når den här appen eller servern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the demo</source>
        <translation>Prova demon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo could not be started.</source>
        <translation>Demon kunde inte startas.</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../backend/format.cpp" line="+142"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value</source>
        <translation>Värde saknas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+44"/>
        <source>Not judged</source>
        <translation>Bedöms inte</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Better than last year</source>
        <translation>Bättre än föregående år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as last year</source>
        <translation>Samma som föregående år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse than last year</source>
        <translation>Sämre än föregående år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged (statistics)</source>
        <translation>Bedöms inte (statistik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No comparison with last year</source>
        <translation>Ingen jämförelse med föregående år</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Better</source>
        <translation>Bättre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse</source>
        <translation>Sämre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>same as last year</source>
        <translation>samma som förra året</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower than last year</source>
        <translation>lägre än förra året</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher than last year</source>
        <translation>högre än förra året</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better</source>
        <translation>bättre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worse</source>
        <translation>sämre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target: at most %1</source>
        <translation>Mål: högst %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: at least %1</source>
        <translation>Mål: minst %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: increase on last year</source>
        <translation>Mål: öka jämfört med föregående år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: decrease on last year</source>
        <translation>Mål: minska jämfört med föregående år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No target set</source>
        <translation>Inget mål satt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 are on budget</source>
        <translation>%1 är i nivå med budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 are %2 over budget</source>
        <translation>%1 är %2 över budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are %2 under budget</source>
        <translation>%1 är %2 under budget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>through %1</source>
        <translation>t.o.m. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Income</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnel costs</source>
        <translation>Personalkostnader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other costs</source>
        <translation>Övriga kostnader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital costs</source>
        <translation>Kapitalkostnader</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Council goal</source>
        <translation>KF-mål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board goal</source>
        <translation>Nämndmål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration goal</source>
        <translation>Förvaltningsmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit goal</source>
        <translation>Enhetsmål</translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <location filename="../../qml/src/goalmodel.cpp" line="+75"/>
        <source>%1 %2</source>
        <comment>goal code and name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/GoalsPage.qml" line="+62"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council → board → administration → unit</source>
        <translation>KF → nämnd → förvaltning → enhet</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This goal has no indicators of its own; its analysis and actions are below.</source>
        <translation>Målet har inga egna indikatorer; analys och åtgärder finns nedan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend of the indicator: its values and its target</source>
        <translation>Indikatorns utveckling: värden och mål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Value for %1</source>
        <translation>Värde för %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entered by hand; imported values come from the source systems.</source>
        <translation>Manuellt värde; importerade värden kommer från källsystemen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Analysis for %1</source>
        <translation>Analys för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is the goal going, and why?</source>
        <translation>Hur går det med målet, och varför?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions for this goal</source>
        <translation>Åtgärder för målet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../backend/csvreader.cpp" line="+79"/>
        <source>cannot open: %1</source>
        <translation>kan inte öppnas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>neither UTF-8 nor Windows-1252 text</source>
        <translation>varken UTF-8- eller Windows-1252-text</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unterminated quoted field</source>
        <translation>ett fält inom citattecken tar aldrig slut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: no header row</source>
        <translation>tom fil: rubrikraden saknas</translation>
    </message>
    <message>
        <location filename="../../backend/importer.cpp" line="+72"/>
        <source>unknown import kind &quot;%1&quot;</source>
        <translation>okänd importtyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: read as %2</source>
        <translation>%1: lästes som %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>kolumnen &quot;%1&quot; finns två gånger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>kolumnen &quot;%1&quot; saknas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>duplicate key (also on line %1)</source>
        <translation>samma nyckel finns redan (också på rad %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no such folder</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../backend/importercheck.h" line="+61"/>
        <location line="+9"/>
        <source>empty %1</source>
        <translation>%1 är tom</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>bad number in %1: &quot;%2&quot;</source>
        <translation>ogiltigt tal i %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative number in %1: &quot;%2&quot;</source>
        <translation>negativt tal i %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad %1 &quot;%2&quot; (expected YYYY-MM)</source>
        <translation>ogiltig %1 &quot;%2&quot; (ska vara ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad %1 &quot;%2&quot; (expected YYYY or YYYY-MM)</source>
        <translation>ogiltig %1 &quot;%2&quot; (ska vara ÅÅÅÅ eller ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad date in %1: &quot;%2&quot; (expected YYYY-MM-DD)</source>
        <translation>ogiltigt datum i %1: &quot;%2&quot; (ska vara ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad %1 &quot;%2&quot; (expected %3)</source>
        <translation>ogiltigt värde i %1: &quot;%2&quot; (ska vara %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>okänd enhet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown goal &quot;%1&quot;</source>
        <translation>okänt mål &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown indicator &quot;%1&quot;</source>
        <translation>okänd indikator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown parent %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; finns inte (angiven som förälder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; is part of a parent cycle</source>
        <translation>%1 &quot;%2&quot; ingår i en cirkel av föräldrar</translation>
    </message>
    <message>
        <location filename="../../backend/importerconvert.cpp" line="+23"/>
        <source>indicator &quot;%1&quot; is computed from sick leave and takes no values</source>
        <translation>indikatorn &quot;%1&quot; räknas fram ur sjukfrånvaron och tar inga värden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>täljare and nämnare go together: give both or neither</source>
        <translation>täljare och nämnare hör ihop: ange båda eller ingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>indicator &quot;%1&quot; adds up as kvot and needs täljare and nämnare</source>
        <translation>indikatorn &quot;%1&quot; räknas som kvot och behöver täljare och nämnare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nämnare is 0 with täljare %1</source>
        <translation>nämnaren är 0 med täljaren %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>negative intäkt in %1: &quot;%2&quot;; intäkter are given as positive amounts (a ledger export signs income negative)</source>
        <translation>negativ intäkt i %1: &quot;%2&quot;; intäkter anges som positiva belopp (en export från ekonomisystemet har ofta intäkter med minustecken)</translation>
    </message>
    <message>
        <location filename="../../backend/importerkinds.cpp" line="+34"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>bad år &quot;%1&quot;</source>
        <translation>ogiltigt år &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty målvärde for måltyp %1</source>
        <translation>målvärde saknas för måltyp %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+16"/>
        <location line="+60"/>
        <source>Enhetspuls</source>
        <translation>Enhetspuls</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unit: %1. Change unit</source>
        <translation>Enhet: %1. Byt enhet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period: %1. Change period</source>
        <translation>Period: %1. Byt period</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved here</source>
        <translation>Sparat här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved here, no server set</source>
        <translation>Sparat här, ingen server vald</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../backend/minutes/minutes.cpp" line="+59"/>
        <source>New actions</source>
        <translation>Nya åtgärder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No new actions since the previous meeting.</source>
        <translation>Inga nya åtgärder sedan förra mötet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Follow-up of actions</source>
        <translation>Uppföljning av åtgärder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open actions from the previous meeting.</source>
        <translation>Inga öppna åtgärder från förra mötet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open actions.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>status and the day it was done</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gone through</source>
        <translation>gicks igenom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not gone through</source>
        <translation>gicks inte igenom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>responsible %1</source>
        <translation>ansvarig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Became an action.</source>
        <translation>Blev en åtgärd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an action: %1.</source>
        <translation>Blev en åtgärd: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes of the staff meeting (APT)</source>
        <translation>Minnesanteckningar från arbetsplatsträff (APT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes APT %1, %2</source>
        <translation>Minnesanteckningar APT %1, %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous APT</source>
        <translation>Föregående APT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+161"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>No agenda written.</source>
        <translation>Ingen dagordning skriven.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No notes written.</source>
        <translation>Inga anteckningar skrivna.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decisions written.</source>
        <translation>Inga beslut skrivna.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Made with Enhetspuls on %1. Action statuses as of that day.</source>
        <translation>Skapad i Enhetspuls %1. Åtgärdernas status är från den dagen.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../qml/src/overviewmodel.cpp" line="+41"/>
        <location line="+170"/>
        <source>Last year %1</source>
        <translation>Föregående år %1</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>No budget for this unit and year.</source>
        <translation>Ingen budget för enheten och året.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The full-year forecast is %1 over budget.</source>
        <translation>Helårsprognosen är %1 över budget.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No actual costs booked yet this year.</source>
        <translation>Inget utfall bokfört ännu i år.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every category is on budget %1.</source>
        <translation>Alla kategorier är i nivå med budget %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest deviation %1: %2.</source>
        <translation>Största avvikelsen %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full-year forecast is on budget.</source>
        <translation>Helårsprognosen är i nivå med budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full-year forecast is %1 under budget.</source>
        <translation>Helårsprognosen är %1 under budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No full-year forecast yet.</source>
        <translation>Ingen helårsprognos än.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln goal(s) met</source>
        <translation>
            <numerusform>%Ln mål uppfyllt</numerusform>
            <numerusform>%Ln mål uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln goal(s) partly met</source>
        <translation>
            <numerusform>%Ln mål delvis uppfyllt</numerusform>
            <numerusform>%Ln mål delvis uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln goal(s) not met</source>
        <translation>
            <numerusform>%Ln mål ej uppfyllt</numerusform>
            <numerusform>%Ln mål ej uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln indicator(s)</source>
        <translation>
            <numerusform>%Ln indikator</numerusform>
            <numerusform>%Ln indikatorer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No sick leave reported for the year yet</source>
        <translation>Ingen sjukfrånvaro rapporterad för året än</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no comparison with last year</source>
        <translation>ingen jämförelse med förra året</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../qml/pages/OverviewPage.qml" line="+56"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This month</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sick leave per month, last 12 months</source>
        <translation>Sjukfrånvaro per månad, senaste 12 månaderna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short-term (day 1–14) %1 · long-term %2 of scheduled time, year to date</source>
        <translation>Korttid (dag 1–14) %1 · längre %2 av schemalagd tid, hittills i år</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net cost, tkr. Positive = better than budget</source>
        <translation>Nettokostnad, tkr. Positivt = bättre än budget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deviation year to date</source>
        <translation>Avvikelse hittills i år</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast deviation, full year</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Budget to date</source>
        <translation>Budget hittills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual to date</source>
        <translation>Utfall hittills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget full year</source>
        <translation>Budget helår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast full year</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions due or late</source>
        <translation>Åtgärder att följa upp</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln late · next 31 days</source>
        <translation>
            <numerusform>%Ln försenad · kommande 31 dagar</numerusform>
            <numerusform>%Ln försenade · kommande 31 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln till</numerusform>
            <numerusform>+ %Ln till</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No actions are due in the coming month.</source>
        <translation>Inga åtgärder ska vara klara den kommande månaden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals and indicators</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No indicators have targets or values for this unit and period.</source>
        <translation>Inga indikatorer har mål eller värden för enheten och perioden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Analysis of the period</source>
        <translation>Analys av perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the month: what went well, what needs action…</source>
        <translation>Sammanfatta månaden: vad gick bra, vad behöver åtgärdas…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../qml/components/PeriodPicker.qml" line="+34"/>
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No figures for %1 yet.</source>
        <translation>Inga siffror för %1 än.</translation>
    </message>
</context>
<context>
    <name>PresentActionsSlide</name>
    <message>
        <location filename="../../qml/components/PresentActionsSlide.qml" line="+13"/>
        <source>Open actions</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln öppen</numerusform>
            <numerusform>%Ln öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln försenad</numerusform>
            <numerusform>%Ln försenade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No open actions.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
</context>
<context>
    <name>PresentBudgetSlide</name>
    <message>
        <location filename="../../qml/components/PresentBudgetSlide.qml" line="+12"/>
        <source>Budget · %1</source>
        <translation>Budget · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net cost in tkr %1. Positive = better than budget</source>
        <translation>Nettokostnad i tkr %1. Positivt = bättre än budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net cost in tkr. Positive = better than budget</source>
        <translation>Nettokostnad i tkr. Positivt = bättre än budget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deviation %1</source>
        <translation>Avvikelse %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation year to date</source>
        <translation>Avvikelse hittills i år</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast deviation, full year</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Budget to date %1 · actual %2 · forecast full year %3</source>
        <translation>Budget hittills %1 · utfall %2 · prognos helår %3</translation>
    </message>
</context>
<context>
    <name>PresentGoalsSlide</name>
    <message>
        <location filename="../../qml/components/PresentGoalsSlide.qml" line="+14"/>
        <source>Goals · %1</source>
        <translation>Mål · %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Analysis of the goal %1</source>
        <translation>Analys av målet %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No indicators have targets or values for this unit and period.</source>
        <translation>Inga indikatorer har mål eller värden för enheten och perioden.</translation>
    </message>
</context>
<context>
    <name>PresentNote</name>
    <message>
        <location filename="../../qml/components/PresentNote.qml" line="+33"/>
        <source>The manager&apos;s comment</source>
        <translation>Chefens kommentar</translation>
    </message>
</context>
<context>
    <name>PresentSickSlide</name>
    <message>
        <location filename="../../qml/components/PresentSickSlide.qml" line="+13"/>
        <source>Sick leave · %1</source>
        <translation>Sjukfrånvaro · %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This month</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sick leave per month, last 12 months</source>
        <translation>Sjukfrånvaro per månad, senaste 12 månaderna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sick leave per month</source>
        <translation>Sjukfrånvaro per månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../qml/src/reportmodel.cpp" line="+34"/>
        <source>Computed: %1</source>
        <translation>Beräknat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed: no status (values or targets missing)</source>
        <translation>Beräknat: ingen status (värden eller mål saknas)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not assessed</source>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No file was chosen; the report was not saved.</source>
        <translation>Ingen fil valdes; rapporten sparades inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report round was not found, so nothing was saved.</source>
        <translation>Rapporttillfället hittades inte, så inget sparades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be saved in %1. Choose another folder.</source>
        <translation>Rapporten kunde inte sparas i %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was saved in %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sick leave, year to date</source>
        <translation>Sjukfrånvaro hittills i år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget deviation to date</source>
        <translation>Budgetavvikelse hittills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-year forecast deviation</source>
        <translation>Prognosavvikelse helår</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2, %3</source>
        <translation>%1 av %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline %1</source>
        <translation>Sista dag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Figures as they were when the report was marked done.</source>
        <translation>Siffrorna som de var när rapporten markerades som klar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as they stand; they are frozen when the report is marked done.</source>
        <translation>Siffrorna som de ser ut nu; de fryses när rapporten markeras som klar.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 of %Ln units wrote this section</source>
        <translation>
            <numerusform>%1 av %Ln enhet har skrivit avsnittet</numerusform>
            <numerusform>%1 av %Ln enheter har skrivit avsnittet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, late</source>
        <translation>%1, försenad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sections written yet.</source>
        <translation>Inga avsnitt skrivna ännu.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../qml/pages/ReportPage.qml" line="+99"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report round</source>
        <translation>Rapporttillfälle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No report rounds yet. A controller opens one on the server; it arrives here with the next sync.</source>
        <translation>Inga rapporttillfällen ännu. En controller öppnar ett på servern; det kommer hit vid nästa synk.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent back: %1</source>
        <translation>Återsänd: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take back done</source>
        <translation>Ångra klarmarkering</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and its units: status, sections, goal assessments and the figures each reported</source>
        <translation>%1 och enheterna under: status, avsnitt, målbedömningar och de siffror var och en rapporterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections, goal assessments and the figures the report shows</source>
        <translation>Avsnitt, målbedömningar och de siffror rapporten visar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the compiled report as a PDF file</source>
        <translation>Spara den sammanställda rapporten som en PDF-fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word (ODT)</source>
        <translation>Word (ODT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the compiled report as a document to edit in Word or LibreOffice</source>
        <translation>Spara den sammanställda rapporten som ett dokument att redigera i Word eller LibreOffice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the compiled report&apos;s tables as an Excel workbook</source>
        <translation>Spara den sammanställda rapportens tabeller som en Excel-arbetsbok</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the saved report</source>
        <translation>Öppna den sparade rapporten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By unit</source>
        <translation>Per enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the reports unit by unit</source>
        <translation>Läs rapporterna enhet för enhet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By section</source>
        <translation>Per avsnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read one section at a time across the units</source>
        <translation>Läs ett avsnitt i taget för alla enheter</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Write the section…</source>
        <translation>Skriv avsnittet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+90"/>
        <source>Nothing written.</source>
        <translation>Inget skrivet.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Goal assessment</source>
        <translation>Bedömning av målen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The computed status is a suggestion; the assessment is yours.</source>
        <translation>Den beräknade statusen är ett förslag; bedömningen är din.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment of %1</source>
        <translation>Bedömning av %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast for the year</source>
        <translation>Prognos för helåret</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forecast for the year of %1</source>
        <translation>Prognos för helåret för %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this assessment…</source>
        <translation>Varför denna bedömning…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment on %1</source>
        <translation>Kommentar till %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>The units&apos; reports</source>
        <translation>Enheternas rapporter</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln units</source>
        <translation>
            <numerusform>%Ln enhet</numerusform>
            <numerusform>%Ln enheter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the report of %1</source>
        <translation>Godkänn rapporten från %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+174"/>
        <source>Send back</source>
        <translation>Skicka tillbaka</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+143"/>
        <source>Send back the report of %1</source>
        <translation>Skicka tillbaka rapporten från %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What should the manager fix?</source>
        <translation>Vad ska chefen rätta till?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment to the manager</source>
        <translation>Kommentar till chefen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../backend/rounds.cpp" line="+25"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal attainment</source>
        <translation>Måluppfyllelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sick leave and work environment</source>
        <translation>Sjukfrånvaro och arbetsmiljö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important events</source>
        <translation>Viktiga händelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected development</source>
        <translation>Förväntad utveckling</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent back</source>
        <translation>Återsänd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../../qml/src/selection.cpp" line="+92"/>
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>SickLeaveModel</name>
    <message>
        <location filename="../../qml/src/sickleavemodel.cpp" line="+130"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>SickLeavePage</name>
    <message>
        <location filename="../../qml/pages/SickLeavePage.qml" line="+56"/>
        <location line="+65"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Year to date</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+102"/>
        <source>Rolling 12 months</source>
        <translation>Rullande 12 mån</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Share long-term (60+ days)</source>
        <translation>Andel långtid (60+ dagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick pay cost</source>
        <translation>Sjuklönekostnad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sick leave per month</source>
        <translation>Sjukfrånvaro per månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of scheduled hours</source>
        <translation>Andel av schemalagd tid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sick leave per month, percentage of scheduled hours</source>
        <translation>Sjukfrånvaro per månad, andel av schemalagd tid</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short and long sick leave</source>
        <translation>Kort och lång sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 1–14 and day 15+, percentage of scheduled hours</source>
        <translation>Dag 1–14 och dag 15+, andel av schemalagd tid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short and long sick leave per month, percentage of scheduled hours</source>
        <translation>Kort och lång sjukfrånvaro per månad, andel av schemalagd tid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short-term (day 1–14)</source>
        <translation>Korttid (dag 1–14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer (day 15+)</source>
        <translation>Längre (dag 15+)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month by month</source>
        <translation>Månad för månad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short</source>
        <translation>Korttid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer</source>
        <translation>Längre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolling 12</source>
        <translation>Rullande 12</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Compared with related units</source>
        <translation>Jämfört med närliggande enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling 12 months to %1</source>
        <translation>Rullande 12 månader t.o.m. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sick leave compared with related units, rolling 12 months to %1</source>
        <translation>Sjukfrånvaro jämförd med närliggande enheter, rullande 12 månader till %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comment for %1</source>
        <translation>Kommentar för %1</translation>
    </message>
</context>
<context>
    <name>StatisticsCard</name>
    <message>
        <location filename="../../qml/components/StatisticsCard.qml" line="+12"/>
        <source>Activity statistics</source>
        <translation>Verksamhetsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month by month %1, year to date against last year</source>
        <translation>Månad för månad %1, året hittills mot förra året</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Year to date</source>
        <translation>Året hittills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <location filename="../../qml/src/syncconflictmodel.cpp" line="+89"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Action “%1”</source>
        <translation>Åtgärd ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget %1 · %2</source>
        <translation>Budget %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APT meeting %1</source>
        <translation>APT-möte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sick leave %1</source>
        <translation>Sjukfrånvaro %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect (tkr)</source>
        <translation>Förväntad effekt (tkr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast (tkr)</source>
        <translation>Prognos (tkr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overwritten by a later change from another device</source>
        <translation>Skrevs över av en senare ändring från en annan surfplatta eller dator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was deleted on another device</source>
        <translation>Posten togs bort på en annan surfplatta eller dator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You no longer have access to this unit</source>
        <translation>Du har inte längre behörighet till enheten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the change</source>
        <translation>Servern tog inte emot ändringen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This conflict cannot be restored</source>
        <translation>Den här konflikten går inte att återställa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such conflict</source>
        <translation>Konflikten finns inte</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <location filename="../../qml/src/syncmanager.cpp" line="+144"/>
        <source>Sync is not available here</source>
        <translation>Synk finns inte här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server set</source>
        <translation>Ingen server inställd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 – the last sync failed</source>
        <translation>Inloggad som %1 – senaste synken misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1</source>
        <translation>Senast synkad %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved here</source>
        <translation>Sparat här</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes synced</source>
        <translation>Allt är synkat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Never synced from here</source>
        <translation>Aldrig synkad härifrån</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln change(s) not yet synced</source>
        <translation>
            <numerusform>%Ln ändring ej synkad än</numerusform>
            <numerusform>%Ln ändringar ej synkade än</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain on this device: you stay signed in only until the app closes.</source>
        <translation>Ingen nyckelring på den här surfplattan eller datorn: du är inloggad bara tills appen stängs.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server address is not valid, e.g. https://enhetspuls.kommun.se</source>
        <translation>Serveradressen är inte giltig, t.ex. https://enhetspuls.kommun.se</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter user name and password</source>
        <translation>Fyll i användarnamn och lösenord</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Wrong user name or password</source>
        <translation>Fel användarnamn eller lösenord</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No contact with the server – your changes are saved on the device and synced later</source>
        <translation>Ingen kontakt med servern – dina ändringar sparas här och synkas senare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in has expired. Sign in again – your changes are kept on the device.</source>
        <translation>Inloggningen har gått ut. Logga in igen – dina ändringar finns kvar här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept one of your changes; it is kept in the conflict list below.</source>
        <translation>Servern tog inte emot en av dina ändringar; den finns kvar i konfliktlistan nedan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is newer than this app. Update the app to sync.</source>
        <translation>Servern är nyare än appen. Uppdatera appen för att kunna synka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed sign-ins. Wait a minute and try again.</source>
        <translation>För många misslyckade inloggningar. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has a problem right now – your changes are saved on the device and synced later</source>
        <translation>Servern har problem just nu – dina ändringar sparas här och synkas senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed: %1</source>
        <translation>Synken misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="+38"/>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+7"/>
        <location line="+160"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local database</source>
        <translation>Lokal databas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data (a throwaway copy, deleted when the app closes)</source>
        <translation>Demodata (en tillfällig kopia som tas bort när appen stängs)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark mode</source>
        <translation>Mörkt läge</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Sync status</source>
        <translation>Synkstatus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everything you write is saved at once on this device and sent to the server at the next sync.</source>
        <translation>Allt du skriver sparas direkt här och skickas till servern vid nästa synk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you write is saved here at once. Sign in to your organisation&apos;s server below to share it and to get the figures.</source>
        <translation>Allt du skriver sparas direkt här. Logga in på förvaltningens server nedan för att dela det och få siffrorna.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in to the sync server</source>
        <translation>Logga in på synkservern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user account from the administration; the password is only sent to the server.</source>
        <translation>Ditt användarkonto från förvaltningen; lösenordet skickas bara till servern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in and sync</source>
        <translation>Logga in och synka</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) you wrote lost to a newer change from another device.</source>
        <translation>
            <numerusform>%n värde du skrev ersattes av en senare ändring från en annan surfplatta eller dator.</numerusform>
            <numerusform>%n värden du skrev ersattes av senare ändringar från andra surfplattor eller datorer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: nothing you wrote has been overwritten.</source>
        <translation>Inga konflikter: inget du skrivit har skrivits över.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your value: %1</source>
        <translation>Ditt värde: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value now: %1</source>
        <translation>Värde nu: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore your value</source>
        <translation>Återställ ditt värde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import data from a file</source>
        <translation>Importera data från fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures from the HR and economy systems are imported on the server. Here you can import comments and actions.</source>
        <translation>Siffror från personal- och ekonomisystemen importeras på servern. Här kan du importera kommentarer och åtgärder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files in the documented formats; a file with an error is not imported at all.</source>
        <translation>CSV-filer i de dokumenterade formaten; en fil med fel importeras inte alls.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind of file</source>
        <translation>Sorts fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device</source>
        <translation>Lagring och server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not set</source>
        <translation>Inte inställd</translation>
    </message>
</context>
<context>
    <name>UnitListModel</name>
    <message>
        <location filename="../../qml/src/unitlistmodel.cpp" line="+106"/>
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../qml/components/UnitPicker.qml" line="+23"/>
        <source>Choose unit</source>
        <translation>Välj enhet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search unit or code</source>
        <translation>Sök enhet eller kod</translation>
    </message>
</context>
</TS>
