#include "demomeetings.h"

#include "apt.h"
#include "notes.h"
#include "unittree.h"

#include <QString>
#include <QStringList>

namespace {
struct Meeting
{
    const char *date;
    int participants;
    bool coreValues; // the värdegrund item was gone through
    const char *note;
    const char *decision;
};

bool addMeetings(Notes &notes, const QString &unitId, const QList<Meeting> &meetings, QString *error)
{
    for (const Meeting &m : meetings) {
        const QString date = QString::fromLatin1(m.date);
        const QString id = notes.createApt({{QStringLiteral("unit_id"), unitId}, {QStringLiteral("meeting_date"), date},
                                            {QStringLiteral("title"), QStringLiteral("APT %1").arg(date.left(7))},
                                            {QStringLiteral("participants"), m.participants}},
                                           error);
        if (id.isEmpty())
            return false;
        for (const Apt::Item &i : Apt::items(notes.database(), unitId, id)) {
            QVariantMap f;
            const bool covered = i.area == Apt::CoreValues ? m.coreValues : i.area != Apt::Other;
            f.insert(QStringLiteral("covered"), covered);
            if (i.area == Apt::CoreValues && m.coreValues)
                f.insert(QStringLiteral("note"), QString::fromUtf8(m.note));
            if (!notes.updateAptItem(i.id, f, error))
                return false;
        }
        if (m.decision) {
            const QString d = notes.addDecision(id, QString::fromUtf8(m.decision), error);
            if (d.isEmpty())
                return false;
        }
        if (!notes.updateApt(id, {{QStringLiteral("closed"), 1}}, error))
            return false;
    }
    return true;
}
} // namespace

bool DemoMeetings::add(Notes &notes, const UnitTree &tree, QString *error)
{
    const Unit *tallen = tree.byCode(QStringLiteral("FS-TAL"));
    const Unit *soder = tree.byCode(QStringLiteral("VO-HTS"));
    if (!tallen || !soder) {
        *error = QStringLiteral("the demo units FS-TAL and VO-HTS are missing");
        return false;
    }
    const char *bemotande = "Vi pratade om bemötande och självbestämmande utifrån ett fall från förra månaden.";
    if (!addMeetings(notes, tallen->id,
                     {{"2026-01-15", 11, true, bemotande, nullptr},
                      {"2026-02-12", 10, true, "Genomgång av värdegrunden för nyanställda.", nullptr},
                      {"2026-03-12", 12, false, "", "Värdegrunden flyttas först på dagordningen"},
                      {"2026-04-16", 9, true, bemotande, nullptr},
                      {"2026-05-14", 11, true, "Reflektion kring integritet vid hygiensituationer.", nullptr},
                      {"2026-06-11", 8, false, "", nullptr},
                      {"2026-08-20", 10, true, "Värdegrundsfrågor inför hösten.", nullptr},
                      {"2026-09-17", 12, true, bemotande, nullptr},
                      {"2026-10-15", 11, true, "Fallbeskrivning: rätten att säga nej.", nullptr}},
                     error))
        return false;
    return addMeetings(notes, soder->id,
                       {{"2026-09-10", 23, true, bemotande, "Ny rutin för överlämning mellan dag och kväll"},
                        {"2026-10-08", 21, false, "", "Skyddsrond i november"}},
                       error);
}
