#include "demorounds.h"

#include "ids.h"
#include "notes.h"
#include "rounds.h"
#include "store.h"
#include "unittree.h"

#include <QString>

bool DemoRounds::add(Notes &notes, Store &store, HlcClock &clock, const UnitTree &tree, QString *error)
{
    const Unit *norr = tree.byCode(QStringLiteral("VO-HTN"));
    const Unit *soder = tree.byCode(QStringLiteral("VO-HTS"));
    if (!norr || !soder) {
        *error = QStringLiteral("the demo units VO-HTN and VO-HTS are missing");
        return false;
    }
    const QString round = Ids::natural(QStringLiteral("report_rounds"), {QStringLiteral("demo-2026-10")});
    if (!store.begin(error))
        return false;
    if (!store.write(QStringLiteral("report_rounds"), round,
                     {{QStringLiteral("name"), QStringLiteral("Månadsuppföljning oktober")},
                      {QStringLiteral("year"), 2026}, {QStringLiteral("month_from"), 1}, {QStringLiteral("month_to"), 10},
                      {QStringLiteral("deadline"), QStringLiteral("2026-11-20")},
                      {QStringLiteral("sections"), Rounds::standardSections().join(QLatin1Char(','))},
                      {QStringLiteral("created_by"), QStringLiteral("controller")}},
                     clock.now(), error)) {
        store.rollback();
        return false;
    }
    if (!store.commit(error))
        return false;
    const auto section = [&](const Unit *u, const char *key, const char *text) {
        return notes.setReportSection(u->id, round, QString::fromLatin1(key), QString::fromUtf8(text), true, error);
    };
    return section(soder, "sammanfattning", "Verksamheten har gått enligt plan. Sjukfrånvaron har minskat under hösten "
                                            "efter arbetet med schemaläggning och tidiga samtal.")
        && section(soder, "ekonomi", "Personalkostnaderna ligger över budget på grund av timvikarier under sommaren; "
                                     "prognosen för helåret är ett mindre underskott.")
        && notes.setReportStatus(soder->id, round, Rounds::Done, Rounds::Actor::Manager, QStringLiteral("Enhetschef Söder"),
                                 {}, QStringLiteral("2026-11-12T15:30:00"), error)
        && section(norr, "sammanfattning", "Hösten har präglats av många nya brukare och en hög sjukfrånvaro i en av grupperna.");
}
