#!/usr/bin/env python3
"""Fills the Swedish translations in enhetspuls_sv.ts from the table below.

Workflow: lupdate qml app -ts assets/i18n/enhetspuls_sv.ts -source-language en -target-language sv
then python3 assets/i18n/fill_sv.py; untranslated strings are listed and left unfinished.
"""
import os
import sys
import xml.etree.ElementTree as ET

SV = {
    "Edit action": "Redigera åtgärd", "New action": "Ny åtgärd", "Title": "Rubrik",
    "Owner": "Ansvarig", "End date": "Slutdatum", "Status": "Status", "Area": "Område",
    "Expected effect (tkr)": "Förväntad effekt (tkr)", "Note": "Anteckning", "Edit": "Redigera",
    "Close": "Avsluta", "Mark %1 as done": "Markera %1 som klar", "No actions yet.": "Inga åtgärder än.",
    "Late": "Försenad", "Done": "Klar", "Done %1": "Klar %1", "No end date": "Inget slutdatum",
    "Late, due %1": "Försenad, skulle vara klar %1", "Due %1": "Klar senast %1",
    "Goals": "Mål", "Sick leave": "Sjukfrånvaro", "Budget": "Budget", "Actions": "Åtgärder",
    "%1 open, %2 late · expected effect of open actions %3":
        "%1 pågående, %2 försenade · förväntad effekt av öppna åtgärder %3",
    "Show done": "Visa klara", "Administration": "Förvaltning", "Unit": "Enhet",
    "Undo comment": "Ångra kommentar", "Undo analysis": "Ångra analys",
    "Undo action change": "Ångra ändring av åtgärd", "Undo forecast": "Ångra prognos",
    "Undo value": "Ångra värde", "Undo APT change": "Ångra APT-ändring", "Undo": "Ångra",
    "All changes synced": "Allt är synkat",
    "The expected effect must be a number of tkr": "Förväntad effekt ska vara ett belopp i tkr",
    "The forecast must be a number of tkr": "Prognosen ska vara ett belopp i tkr",
    "The value must be a number": "Värdet ska vara ett tal",
    "Write a comment for the staff meeting and the report…": "Skriv en kommentar till APT och rapporten…",
    "Saved on this device": "Sparat på enheten",
    "Met": "Uppfyllt", "Partly met": "Delvis uppfyllt", "Not met": "Ej uppfyllt", "No value": "Värde saknas",
    "Better than last year": "Bättre än föregående år", "Same as last year": "Samma som föregående år",
    "Worse than last year": "Sämre än föregående år",
    "No comparison with last year": "Ingen jämförelse med föregående år",
    "Target: at most %1": "Mål: högst %1", "Target: at least %1": "Mål: minst %1",
    "Target: increase on last year": "Mål: öka jämfört med föregående år",
    "Target: decrease on last year": "Mål: minska jämfört med föregående år",
    "Target: %1": "Mål: %1", "No target set": "Inget mål satt",
    "In progress": "Pågår", "Not started": "Ej påbörjad", "Enhetspuls": "Enhetspuls",
    "Overview": "Översikt", "APT": "APT", "Sync": "Synk", "Compare": "Jämför",
    "Unit: %1. Change unit": "Enhet: %1. Byt enhet", "Previous month": "Föregående månad",
    "Period: %1. Change period": "Period: %1. Byt period", "Next month": "Nästa månad",
    "Last year %1": "Föregående år %1", "%1 met": "%1 uppfyllda", "%1 partly met": "%1 delvis uppfyllda",
    "%1 not met": "%1 ej uppfyllda", "%1 indicators": "%1 indikatorer", "%1 · %2": "%1 · %2",
    "This month": "Månaden", "Year to date": "Hittills i år", "Rolling 12 months": "Rullande 12 mån",
    "Sick leave per month, last 12 months": "Sjukfrånvaro per månad, senaste 12 månaderna",
    "Short-term (day 1–14) %1 · long-term %2 of scheduled time, year to date":
        "Korttid (dag 1–14) %1 · längre %2 av schemalagd tid, hittills i år",
    "Net cost, tkr. Positive = better than budget": "Nettokostnad, tkr. Positivt = bättre än budget",
    "Deviation year to date": "Avvikelse hittills i år", "Forecast deviation, full year": "Prognosavvikelse helår",
    "Budget to date": "Budget hittills", "Actual to date": "Utfall hittills",
    "Budget full year": "Budget helår", "Forecast full year": "Prognos helår",
    "Actions due or late": "Åtgärder att följa upp", "%1 late · next 31 days": "%1 försenade · kommande 31 dagar",
    "No actions are due in the coming month.": "Inga åtgärder ska vara klara den kommande månaden.",
    "+ %1 more": "+ %1 till", "All actions": "Alla åtgärder", "Goals and indicators": "Mål och indikatorer",
    "No indicators have targets or values for this unit and period.":
        "Inga indikatorer har mål eller värden för enheten och perioden.",
    "Analysis of the period": "Analys av perioden",
    "Summarise the month: what went well, what needs action…":
        "Sammanfatta månaden: vad gick bra, vad behöver åtgärdas…",
    "Previous year": "Föregående år", "Next year": "Nästa år",
    "Changes on this device": "Ändringar på den här enheten",
    "Everything you write is saved at once on this device and sent to the server when sync is set up.":
        "Allt du skriver sparas direkt på enheten och skickas till servern när synk är uppsatt.",
    "Not yet synced: comments, actions, forecasts, values and APT notes written here.":
        "Ej synkat än: kommentarer, åtgärder, prognoser, värden och APT-anteckningar som skrivits här.",
    "Nothing is waiting to be sent.": "Inget väntar på att skickas.", "Server": "Server",
    "Server address": "Serveradress", "Not configured (start with --server URL)": "Inte inställd (starta med --server URL)",
    "Local database": "Lokal databas",
    "Demo data (a throwaway copy, deleted when the app closes)": "Demodata (en tillfällig kopia som tas bort när appen stängs)",
    "Sync with the server is not available in this version yet; your changes are kept on this device.":
        "Synk med servern finns inte i den här versionen än; dina ändringar finns kvar på enheten.",
    "Display": "Visning", "Dark mode": "Mörkt läge", "Text size": "Textstorlek",
    "Choose unit": "Välj enhet", "Search unit or code": "Sök enhet eller kod",
}
NUMERUS = {
    "%n change(s) not yet synced": ["%n ändring ej synkad än", "%n ändringar ej synkade än"],
    "%1 · %n meeting(s)": ["%1 · %n möte", "%1 · %n möten"],
}
try:
    from fill_sv_more import SV as MORE, NUMERUS_MORE  # noqa: E402  (page strings, kept apart)
    SV.update(MORE)
    NUMERUS.update(NUMERUS_MORE)
except ImportError:
    pass

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "enhetspuls_sv.ts")
tree = ET.parse(path)
missing = []
for m in tree.getroot().iter("message"):
    src = m.find("source").text
    tr = m.find("translation")
    if m.get("numerus") == "yes":
        forms = NUMERUS.get(src)
        if forms:
            for f in list(tr):
                tr.remove(f)
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
            tr.attrib.pop("type", None)
        elif not any((f.text or "").strip() for f in tr):
            missing.append(src)
        continue
    if src in SV:
        tr.text = SV[src]
        tr.attrib.pop("type", None)
    elif tr.get("type") in ("obsolete", "vanished") or (tr.text or "").strip():
        continue  # gone from the sources, or translated in the .ts by hand
    else:
        missing.append(src)
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
for s in missing:
    print("untranslated:", s, file=sys.stderr)
sys.exit(1 if missing else 0)
