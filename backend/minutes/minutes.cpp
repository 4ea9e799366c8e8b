#include "minutes.h"

#include "database.h"
#include "format.h"
#include "unittree.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Minutes {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Text as written: every line kept (blank ones too), nothing of it read as markup.
QString lines(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    return esc(t).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A section: heading, then the text as written or `empty` in grey.
QString section(const QString &heading, const QString &text, const QString &empty)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(heading));
    if (text.trimmed().isEmpty())
        return h + QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(esc(empty));
    return h + QStringLiteral("<p>%1</p>").arg(lines(text));
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                                      "style=\"border-collapse: collapse; border-color: #999999\">");

QString th(const QString &text, int width)
{
    return QStringLiteral("<th align=\"left\" width=\"%1%\" style=\"background-color:#e8edf2\">%2</th>").arg(width).arg(esc(text));
}

QString td(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString createdTable(const QList<Action> &actions)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Minutes", "New actions")));
    if (actions.isEmpty())
        return h + QStringLiteral("<p style=\"color:#555555\">%1</p>")
                       .arg(esc(QCoreApplication::translate("Minutes", "No new actions since the previous meeting.")));
    h += kTable + QStringLiteral("<tr>") + th(QCoreApplication::translate("Minutes", "Action"), 55)
        + th(QCoreApplication::translate("Minutes", "Responsible"), 25)
        + th(QCoreApplication::translate("Minutes", "Due"), 20) + QStringLiteral("</tr>");
    for (const Action &a : actions)
        h += QStringLiteral("<tr>") + td(a.title) + td(a.owner) + td(Fmt::date(a.endDate)) + QStringLiteral("</tr>");
    return h + QStringLiteral("</table>");
}

QString followUpTable(const QList<Action> &actions, bool hasPrevious)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Minutes", "Follow-up of actions")));
    if (actions.isEmpty())
        return h + QStringLiteral("<p style=\"color:#555555\">%1</p>")
                       .arg(esc(hasPrevious ? QCoreApplication::translate("Minutes", "No open actions from the previous meeting.")
                                            : QCoreApplication::translate("Minutes", "No open actions.")));
    h += kTable + QStringLiteral("<tr>") + th(QCoreApplication::translate("Minutes", "Action"), 36)
        + th(QCoreApplication::translate("Minutes", "Responsible"), 27)
        + th(QCoreApplication::translate("Minutes", "Status"), 19)
        + th(QCoreApplication::translate("Minutes", "Due"), 18) + QStringLiteral("</tr>");
    for (const Action &a : actions) {
        QString status = Fmt::actionStatusText(a.status);
        if (a.isDone() && !a.doneDate.isEmpty())
            status = QCoreApplication::translate("Minutes", "%1 %2", "status and the day it was done").arg(status, Fmt::date(a.doneDate));
        h += QStringLiteral("<tr>") + td(a.title) + td(a.owner) + td(status) + td(Fmt::date(a.endDate)) + QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// The agenda items in order, each with whether it was gone through and its note.
QString itemsSection(const QList<Apt::Item> &items)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Minutes", "Agenda")));
    if (items.isEmpty())
        return h + QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(esc(QCoreApplication::translate("Minutes", "No agenda written.")));
    int n = 0;
    for (const Apt::Item &i : items) {
        const QString state = i.covered ? QCoreApplication::translate("Minutes", "gone through")
                                        : QCoreApplication::translate("Minutes", "not gone through");
        h += QStringLiteral("<p style=\"margin-top: 6pt; margin-bottom: 1pt\"><b>%1. %2</b> <span style=\"color:#555555\">(%3)</span></p>")
                 .arg(++n).arg(esc(i.title), esc(state));
        if (!i.note.trimmed().isEmpty())
            h += QStringLiteral("<p style=\"margin-left: 14pt; margin-top: 0pt\">%1</p>").arg(lines(i.note));
    }
    return h;
}

// The decisions, each with the action it became (owner and due date); the free text written
// before the meeting had decision rows after them.
QString decisionsSection(const QList<Apt::Decision> &decisions, const QString &legacy, const QList<Action> &created)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Minutes", "Decisions")));
    if (decisions.isEmpty() && legacy.trimmed().isEmpty())
        return h + QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(esc(QCoreApplication::translate("Minutes", "No decisions written.")));
    if (!decisions.isEmpty()) {
        h += QStringLiteral("<ol>");
        for (const Apt::Decision &d : decisions) {
            h += QStringLiteral("<li>%1").arg(lines(d.body));
            for (const Action &a : created) {
                if (a.id != d.actionId)
                    continue;
                QStringList who;
                if (!a.owner.isEmpty())
                    who << QCoreApplication::translate("Minutes", "responsible %1").arg(a.owner);
                if (!a.endDate.isEmpty())
                    who << QCoreApplication::translate("Minutes", "due %1").arg(Fmt::date(a.endDate));
                h += QStringLiteral("<br/><span style=\"color:#555555\">%1</span>")
                         .arg(esc(who.isEmpty() ? QCoreApplication::translate("Minutes", "Became an action.")
                                                : QCoreApplication::translate("Minutes", "Became an action: %1.").arg(who.join(QStringLiteral(", ")))));
            }
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ol>");
    }
    if (!legacy.trimmed().isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(lines(legacy));
    return h;
}

QString heading()
{
    return QCoreApplication::translate("Minutes", "Minutes of the staff meeting (APT)");
}

QString footer(const Content &c)
{
    return QCoreApplication::translate("Minutes", "Minutes APT %1, %2").arg(c.unitName, Fmt::date(c.meeting.date));
}

std::optional<Content> gatherFrom(Database &db, const Unit &unit, const QList<AptMeeting> &meetings, int at)
{
    Content c;
    c.unitCode = unit.code;
    c.unitName = unit.name;
    c.meeting = meetings.at(at);
    c.participants = c.meeting.participants;
    c.items = Apt::items(db, unit.id, c.meeting.id);
    c.decisions = Apt::decisions(db, unit.id, c.meeting.id);
    const Apt::FollowUpList f = Apt::followUp(db, UnitTree::load(db), unit.id, meetings, at);
    c.previousDate = f.previousDate;
    c.created = f.created;
    c.followedUp = f.followedUp;
    return c;
}

// Lays the document out on the PDF's pages with a footer line: the meeting and "Sida 1 av 2".
void paint(QTextDocument &doc, QPdfWriter &pdf, const QString &footerText)
{
    const qreal width = pdf.width();
    const qreal footerHeight = pdf.resolution() * 0.4; // about 10 mm
    const qreal bodyHeight = pdf.height() - footerHeight;
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setPageSize(QSizeF(width, bodyHeight));
    const int pages = doc.pageCount();
    QPainter p(&pdf);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        p.save();
        p.translate(0, -i * bodyHeight);
        doc.drawContents(&p, QRectF(0, i * bodyHeight, width, bodyHeight));
        p.restore();
        const QRectF foot(0, bodyHeight, width, footerHeight);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawLine(QLineF(foot.topLeft() + QPointF(0, footerHeight * 0.3), foot.topRight() + QPointF(0, footerHeight * 0.3)));
        p.setFont(small);
        p.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footerText);
        p.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                   QCoreApplication::translate("Minutes", "Page %1 of %2").arg(i + 1).arg(pages));
    }
}

} // namespace

std::optional<Content> gather(Database &db, const QString &unitCode, const QString &date, QString *error)
{
    const UnitTree tree = UnitTree::load(db);
    const Unit *unit = tree.byCode(unitCode);
    if (!unit) {
        *error = QStringLiteral("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const QList<AptMeeting> meetings = Actions::meetings(db, unit->id);
    // Oldest id first among meetings of the same day: the list is newest date first, then by id.
    for (int i = 0; i < meetings.size(); ++i)
        if (meetings.at(i).date == date)
            return gatherFrom(db, *unit, meetings, i);
    *error = QStringLiteral("no APT meeting of %1 (%2) on %3").arg(unit->code, unit->name, date);
    return std::nullopt;
}

std::optional<Content> gatherMeeting(Database &db, const QString &unitId, const QString &meetingId, QString *error)
{
    const UnitTree tree = UnitTree::load(db);
    const Unit *unit = tree.byId(unitId);
    if (!unit) {
        *error = QStringLiteral("unknown unit %1").arg(unitId);
        return std::nullopt;
    }
    const QList<AptMeeting> meetings = Actions::meetings(db, unit->id);
    for (int i = 0; i < meetings.size(); ++i)
        if (meetings.at(i).id == meetingId)
            return gatherFrom(db, *unit, meetings, i);
    *error = QStringLiteral("no APT meeting %1 of %2 (%3)").arg(meetingId, unit->code, unit->name);
    return std::nullopt;
}

QString html(const Content &c)
{
    QString h = QStringLiteral("<html><head><style>"
                               "h1 { font-size: 17pt; margin-bottom: 2pt; }"
                               "h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 4pt; color: #1f3b57; }"
                               "td, th { font-size: 10pt; }"
                               "</style></head>"
                               "<body style=\"font-family: 'DejaVu Sans'; font-size: 10.5pt\">");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(heading()));
    h += QStringLiteral("<p style=\"font-size: 12pt\"><b>%1</b></p>").arg(esc(c.meeting.title.isEmpty() ? QStringLiteral("APT") : c.meeting.title));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"140\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(QCoreApplication::translate("Minutes", "Unit"), QStringLiteral("%1 (%2)").arg(c.unitName, c.unitCode));
    row(QCoreApplication::translate("Minutes", "Date"), Fmt::date(c.meeting.date));
    if (c.participants)
        row(QCoreApplication::translate("Minutes", "Participants"), QString::number(*c.participants));
    row(QCoreApplication::translate("Minutes", "Previous APT"),
        c.previousDate.isEmpty() ? QCoreApplication::translate("Minutes", "none") : Fmt::date(c.previousDate));
    h += QStringLiteral("</table>");
    if (!c.items.isEmpty() || c.meeting.agenda.trimmed().isEmpty())
        h += itemsSection(c.items);
    if (!c.meeting.agenda.trimmed().isEmpty()) // written before the meeting had items
        h += section(QCoreApplication::translate("Minutes", "Agenda"), c.meeting.agenda, QString());
    if (!c.meeting.minutes.trimmed().isEmpty() || c.items.isEmpty())
        h += section(QCoreApplication::translate("Minutes", "Notes"), c.meeting.minutes, QCoreApplication::translate("Minutes", "No notes written."));
    h += decisionsSection(c.decisions, c.meeting.decisions, c.created);
    h += createdTable(c.created);
    h += followUpTable(c.followedUp, !c.previousDate.isEmpty());
    h += QStringLiteral("<p style=\"color:#555555; font-size: 8.5pt\"><br/>%1</p></body></html>")
             .arg(esc(QCoreApplication::translate("Minutes", "Made with Enhetspuls on %1. Action statuses as of that day."))
                      .arg(Fmt::date(QDate::currentDate().toString(Qt::ISODate))));
    return h;
}

QByteArray render(const Content &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        pdf.setTitle(footer(content));
        pdf.setCreator(QStringLiteral("Enhetspuls"));
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setHtml(html(content));
        paint(doc, pdf, footer(content));
    }
    return bytes;
}

bool write(const Content &content, const QString &path, QString *error)
{
    const QByteArray bytes = render(content);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString fileName(const Content &content)
{
    QString name = QStringLiteral("APT %1 %2.pdf").arg(content.unitName, content.meeting.date);
    for (const QChar bad : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                            QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        name.replace(bad, QLatin1Char('-'));
    return name;
}

} // namespace Minutes
