#include "reportexport.h"

#include "reportcharts.h"

#include "actions.h"
#include "catalog.h"
#include "database.h"
#include "followup.h"
#include "format.h"
#include "hlc.h"
#include "notes.h"
#include "report.h"
#include "store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <memory>
#include <vector>

#include <xlsxwriter.h>

namespace ReportExport {
namespace {

std::optional<double> opt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A figure for a table cell: escaped, and kept on one line ("14,1 %", "−1 083 tkr").
QString fig(const QString &s)
{
    return esc(s).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

QString areaText(const QString &area)
{
    if (area == NoteKeys::AreaOverview) return QStringLiteral("Sammanfattning");
    if (area == NoteKeys::AreaGoals) return QStringLiteral("Måluppfyllelse");
    if (area == NoteKeys::AreaSickLeave) return QStringLiteral("Sjukfrånvaro och arbetsmiljö");
    if (area == NoteKeys::AreaBudget) return QStringLiteral("Ekonomi");
    return area;
}

// The key figures of a report node, in the order both the document and the workbook show them.
enum class Kind { Percent, Tkr };
struct KeyFigure
{
    const char *section; // "sick_leave" or "budget"
    const char *key;
    const char *label;
    Kind kind;
};
const KeyFigure kKeyFigures[] = {
    {"sick_leave", "percent", "Sjukfrånvaro hittills i år", Kind::Percent},
    {"sick_leave", "short_percent", "Korttidsfrånvaro (dag 1–14)", Kind::Percent},
    {"sick_leave", "long_share_percent", "Andel långtidsfrånvaro (60+ dagar)", Kind::Percent},
    {"sick_leave", "rolling12_percent", "Sjukfrånvaro rullande 12 månader", Kind::Percent},
    {"budget", "budget", "Budget", Kind::Tkr},
    {"budget", "utfall", "Utfall", Kind::Tkr},
    {"budget", "avvikelse", "Avvikelse", Kind::Tkr},
    {"budget", "avvikelse_procent", "Avvikelse i procent", Kind::Percent},
    {"budget", "utfall_foregaende_ar", "Utfall samma period förra året", Kind::Tkr},
    {"budget", "budget_year", "Helårsbudget", Kind::Tkr},
    {"budget", "prognos", "Helårsprognos", Kind::Tkr},
    {"budget", "prognos_avvikelse", "Prognosavvikelse", Kind::Tkr},
};

QJsonValue valueOf(const QJsonObject &node, const KeyFigure &f)
{
    return node.value(QLatin1String(f.section)).toObject().value(QLatin1String(f.key));
}

QString shown(const QJsonValue &v, Kind kind)
{
    return kind == Kind::Percent ? Fmt::percent(opt(v), 1) : Fmt::tkr(opt(v));
}

// The report node and every node below it, in tree order.
void flatten(const QJsonObject &node, QList<QJsonObject> *out)
{
    out->append(node);
    for (const QJsonValue &c : node.value(QStringLiteral("children")).toArray())
        flatten(c.toObject(), out);
}

QString title(const QJsonObject &r)
{
    return QStringLiteral("Uppföljning %1, %2")
        .arg(r.value(QStringLiteral("name")).toString(),
             Fmt::monthYear(r.value(QStringLiteral("year")).toInt(), r.value(QStringLiteral("month")).toInt()));
}

QString documentTitle(const Content &c)
{
    if (c.round)
        return QStringLiteral("%1 – %2").arg(c.round->round.name, c.report.value(QStringLiteral("name")).toString());
    return title(c.report);
}

// ---- the document (PDF, ODT) ----

// Solid borders: plain lines in print rather than Qt's default outset (two-coloured) ones.
const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"%1\" "
                                      "style=\"border-style: solid; border-color: #8a8a8a\">");

// The key figures in two blocks side by side: sick leave on the left, the economy on the right.
QString keyFiguresHtml(const QJsonObject &r)
{
    const QJsonValue budgetMonth = r.value(QStringLiteral("budget")).toObject().value(QStringLiteral("month"));
    QList<const KeyFigure *> sick, budget;
    for (const KeyFigure &f : kKeyFigures)
        (QLatin1String(f.section) == QLatin1String("budget") ? budget : sick).append(&f);
    const QString economy = budgetMonth.isDouble() ? QStringLiteral("Ekonomi, t.o.m. %1").arg(Fmt::monthName(budgetMonth.toInt()))
                                                   : QStringLiteral("Ekonomi, inget utfall än i år");
    QString h = kTable.arg(QStringLiteral("100%"))
        + QStringLiteral("<tr><th align=\"left\" colspan=\"2\">Sjukfrånvaro</th><th align=\"left\" colspan=\"2\">%1</th></tr>")
              .arg(esc(economy));
    const auto cells = [&](const QList<const KeyFigure *> &list, int i) {
        if (i >= list.size())
            return QStringLiteral("<td width=\"34%\"></td><td width=\"16%\"></td>");
        const KeyFigure &f = *list.at(i);
        return QStringLiteral("<td width=\"34%\">%1</td><td width=\"16%\" align=\"right\">%2</td>")
            .arg(esc(QString::fromUtf8(f.label)), fig(shown(valueOf(r, f), f.kind)));
    };
    for (int i = 0; i < std::max(sick.size(), budget.size()); ++i)
        h += QStringLiteral("<tr>") + cells(sick, i) + cells(budget, i) + QStringLiteral("</tr>");
    return h + QStringLiteral("</table>");
}

QString statusOf(const QJsonObject &i)
{
    return Fmt::indicatorStatusText(Calc::statusFromKey(i.value(QStringLiteral("status")).toString()),
                                    !i.value(QStringLiteral("value")).isNull(), !i.value(QStringLiteral("target")).isNull());
}

// One indicator row: name, the three full years before, this year's value, target, status, trend.
QString indicatorRow(const QJsonObject &i, int year, const QString &indent)
{
    const QString unit = i.value(QStringLiteral("measure_unit")).toString();
    QHash<int, QJsonValue> byYear;
    for (const QJsonValue &h : i.value(QStringLiteral("history")).toArray())
        byYear.insert(h.toObject().value(QStringLiteral("year")).toInt(), h.toObject().value(QStringLiteral("value")));
    QString years;
    for (int y = year - 3; y < year; ++y)
        years += QStringLiteral("<td align=\"right\">%1</td>").arg(fig(Fmt::measure(opt(byYear.value(y)), unit)));
    return QStringLiteral("<tr><td>%1%2</td>%3<td align=\"right\"><b>%4</b></td><td align=\"right\">%5</td><td>%6</td><td>%7 %8</td></tr>")
        .arg(indent, esc(i.value(QStringLiteral("name")).toString()), years,
             fig(Fmt::measure(opt(i.value(QStringLiteral("value"))), unit)),
             fig(Fmt::measure(opt(i.value(QStringLiteral("target"))), unit)), esc(statusOf(i)),
             esc(Fmt::trendArrow(Calc::trendFromKey(i.value(QStringLiteral("trend")).toString()))),
             esc(Fmt::trendShort(Calc::trendFromKey(i.value(QStringLiteral("trend")).toString()))));
}

// True when an indicator has a value this year or in its history.
bool hasValues(const QJsonObject &i)
{
    if (i.value(QStringLiteral("value")).isDouble())
        return true;
    const QJsonArray history = i.value(QStringLiteral("history")).toArray();
    return std::any_of(history.begin(), history.end(),
                       [](const QJsonValue &h) { return h.toObject().value(QStringLiteral("value")).isDouble(); });
}

// The goals of a report node grouped by level (KF → nämnd → förvaltning → enhet), each with its
// computed status, the unit's assessment for the round when there is one, and its indicators
// with values for several years; indicators of no goal shown come last. `all` false (the units
// below the one reported on): only the goals assessed or with an indicator that has values, and
// only indicators with values.
QString goalsHtml(const QJsonObject &r, const QList<AssessmentLine> &assessments, bool all)
{
    const QJsonArray inds = r.value(QStringLiteral("indicators")).toArray();
    const QJsonArray goals = r.value(QStringLiteral("goals")).toArray();
    if (inds.isEmpty() && goals.isEmpty())
        return QStringLiteral("<p>Inga mål eller indikatorer.</p>");
    QHash<QString, QJsonObject> indicatorByCode;
    for (const QJsonValue &v : inds)
        indicatorByCode.insert(v.toObject().value(QStringLiteral("indicator")).toString(), v.toObject());
    QHash<QString, AssessmentLine> assessed;
    for (const AssessmentLine &a : assessments)
        assessed.insert(a.goalCode, a);
    const int year = r.value(QStringLiteral("year")).toInt();
    QString head = QStringLiteral("<tr><th align=\"left\" width=\"26%\">Mål och indikator</th>");
    for (int y = year - 3; y < year; ++y)
        head += QStringLiteral("<th align=\"right\" width=\"10%\">%1</th>").arg(y);
    head += QStringLiteral("<th align=\"right\" width=\"11%\">%1</th><th align=\"right\" width=\"10%\">Mål</th>"
                           "<th align=\"left\" width=\"11%\">Status</th><th align=\"left\" width=\"12%\">Trend</th></tr>")
                .arg(year);
    QString h;
    QSet<QString> shown;
    for (const QString &level : Fmt::goalLevels()) {
        QString rows;
        for (const QJsonValue &gv : goals) {
            const QJsonObject g = gv.toObject();
            if (g.value(QStringLiteral("level")).toString() != level
                && !(level == QLatin1String("enhet") && !Fmt::goalLevels().contains(g.value(QStringLiteral("level")).toString())))
                continue;
            const QString code = g.value(QStringLiteral("goal")).toString();
            const auto a = assessed.constFind(code);
            QStringList measured;
            for (const QJsonValue &c : g.value(QStringLiteral("indicators")).toArray()) {
                const auto i = indicatorByCode.constFind(c.toString());
                if (i != indicatorByCode.constEnd() && (all || hasValues(*i)))
                    measured << c.toString();
            }
            if (!all && a == assessed.constEnd() && measured.isEmpty())
                continue;
            const Status computed = Calc::statusFromKey(g.value(QStringLiteral("status")).toString());
            rows += QStringLiteral("<tr><td colspan=\"8\"><b>%1</b> – beräknad status: %2</td></tr>")
                        .arg(esc(g.value(QStringLiteral("name")).toString()),
                             esc(Fmt::goalStatusText(computed)));
            if (a != assessed.constEnd() && (!a->assessment.isEmpty() || !a->body.trimmed().isEmpty())) {
                QString words = QStringLiteral("Bedömning: %1").arg(a->assessment.isEmpty() ? QStringLiteral("ej angiven")
                                                                                            : Rounds::assessmentTitle(a->assessment));
                if (!a->forecast.isEmpty())
                    words += QStringLiteral(". Prognos för helåret: %1").arg(Rounds::assessmentTitle(a->forecast));
                rows += QStringLiteral("<tr><td colspan=\"8\"><i>%1.</i> %2</td></tr>")
                            .arg(esc(words), esc(a->body).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            }
            for (const QString &c : std::as_const(measured)) {
                shown.insert(c);
                rows += indicatorRow(indicatorByCode.value(c), year, QStringLiteral("&nbsp;&nbsp;&nbsp;"));
            }
        }
        if (!rows.isEmpty())
            h += QStringLiteral("<tr><th align=\"left\" colspan=\"8\" bgcolor=\"#e8eef4\">%1</th></tr>").arg(esc(Fmt::goalLevelText(level))) + rows;
    }
    QString rest;
    for (const QJsonValue &v : inds) {
        const QJsonObject i = v.toObject();
        if (!shown.contains(i.value(QStringLiteral("indicator")).toString()) && (all || hasValues(i)))
            rest += indicatorRow(i, year, {});
    }
    if (!rest.isEmpty())
        h += QStringLiteral("<tr><th align=\"left\" colspan=\"8\" bgcolor=\"#e8eef4\">Övriga indikatorer</th></tr>") + rest;
    if (h.isEmpty())
        return QStringLiteral("<p>Inga mål med mätvärden.</p>");
    return kTable.arg(QStringLiteral("100%")) + head + h
        + QStringLiteral("</table><p><small>Trend: jämfört med samma period förra året, utifrån om högre eller lägre är bättre.</small></p>");
}

QString categoriesHtml(const QJsonObject &r)
{
    const QJsonObject cats = r.value(QStringLiteral("budget")).toObject().value(QStringLiteral("categories")).toObject();
    if (cats.isEmpty())
        return {};
    QString h = kTable.arg(QStringLiteral("100%"))
        + QStringLiteral("<tr><th align=\"left\">Kategori</th><th align=\"right\">Budget</th>"
                         "<th align=\"right\">Utfall</th><th align=\"right\">Avvikelse</th></tr>");
    for (auto it = cats.begin(); it != cats.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(Fmt::categoryText(it.key())), fig(Fmt::tkr(opt(c.value(QStringLiteral("budget"))))),
                      fig(Fmt::tkr(opt(c.value(QStringLiteral("utfall"))))), fig(Fmt::tkr(opt(c.value(QStringLiteral("avvikelse"))))));
    }
    return h + QStringLiteral("</table>");
}

QString textHtml(const QString &body)
{
    return esc(body).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The node and every node below it in tree order, with its depth below the first.
void flattenWithDepth(const QJsonObject &node, int depth, QList<QPair<QJsonObject, int>> *out)
{
    out->append({node, depth});
    for (const QJsonValue &c : node.value(QStringLiteral("children")).toArray())
        flattenWithDepth(c.toObject(), depth + 1, out);
}

// A unit's goal assessments as a list (for the units shown without their goal table).
QString assessmentsHtml(const QList<AssessmentLine> &assessments, const QString &heading)
{
    QString h;
    for (const AssessmentLine &a : assessments) {
        if (a.assessment.isEmpty() && a.body.trimmed().isEmpty())
            continue;
        const Status computed = Calc::statusFromKey(a.computed);
        QString words = QStringLiteral("%1 (%2). Bedömning: %3")
                            .arg(a.goalName, Fmt::goalLevelText(a.level),
                                 a.assessment.isEmpty() ? QStringLiteral("ej angiven") : Rounds::assessmentTitle(a.assessment));
        if (!a.forecast.isEmpty())
            words += QStringLiteral(". Prognos för helåret: %1").arg(Rounds::assessmentTitle(a.forecast));
        words += QStringLiteral(". Beräknad status: %1.").arg(Fmt::goalStatusText(computed));
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(words), textHtml(a.body));
    }
    return h.isEmpty() ? QString() : QStringLiteral("<%1>Bedömning av mål</%1>").arg(heading) + h;
}

QString periodText(const Rounds::Round &r)
{
    return r.monthFrom == r.monthTo ? Fmt::monthYear(r.year, r.monthTo)
                                    : QStringLiteral("%1–%2 %3").arg(Fmt::monthName(r.monthFrom), Fmt::monthName(r.monthTo)).arg(r.year);
}

QString statusWords(const UnitRound &u)
{
    QString s = Rounds::statusTitle(u.report.status);
    if (u.late)
        s += QStringLiteral(", försenad");
    return s;
}

QString roundStatusHtml(const RoundPart &part)
{
    QString h = QStringLiteral("<h2>Rapportstatus</h2>") + kTable.arg(QStringLiteral("100%"))
        + QStringLiteral("<tr><th align=\"left\" width=\"30%\">Enhet</th><th align=\"left\" width=\"24%\">Status</th>"
                         "<th align=\"left\" width=\"20%\">Senast ändrad</th><th align=\"left\" width=\"26%\">Kommentar vid återsändning</th></tr>");
    for (const UnitRound &u : part.units) {
        QString changed = u.report.statusAt.isEmpty() ? QString() : Fmt::date(u.report.statusAt.left(10));
        if (!u.report.statusBy.isEmpty())
            changed += QStringLiteral(" (%1)").arg(u.report.statusBy);
        h += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(QStringLiteral("&nbsp;&nbsp;&nbsp;").repeated(u.depth), esc(u.unitName), esc(statusWords(u)), esc(changed),
                      textHtml(u.report.reviewComment));
    }
    return h + QStringLiteral("</table>");
}

// The document in parts, each starting on a new page: the title (with a round's status table;
// without a round the unit's own part), one per unit of the subtree, and the actions.
QStringList htmlParts(const Content &c, ChartSet *charts)
{
    const QJsonObject &r = c.report;
    QStringList parts;
    QString h;
    QHash<QString, const UnitRound *> roundOf;
    if (c.round) {
        const Rounds::Round &round = c.round->round;
        h += QStringLiteral("<h1>%1 – %2</h1>").arg(esc(round.name), esc(r.value(QStringLiteral("name")).toString()));
        h += QStringLiteral("<p>Perioden %1. Sista dag för rapporten: %2.</p>")
                 .arg(esc(periodText(round)), esc(Fmt::date(round.deadline.toString(Qt::ISODate))));
        h += roundStatusHtml(*c.round);
        for (const UnitRound &u : c.round->units)
            roundOf.insert(u.unitCode, &u);
    } else {
        h += QStringLiteral("<h1>%1</h1>").arg(esc(title(r)));
    }
    if (c.round) {
        parts << h;
        h.clear();
    }
    QList<QPair<QJsonObject, int>> nodes;
    flattenWithDepth(r, 0, &nodes);
    for (const auto &[n, depth] : std::as_const(nodes)) {
        const QString code = n.value(QStringLiteral("unit")).toString();
        const UnitRound *u = roundOf.value(code);
        // The unit reported on and the units right below it in detail, each from a new page; the
        // units further down (the enheter of a förvaltning's areas) with their texts, assessments
        // and key figures, after their area.
        const bool detail = depth <= 1;
        if (detail && !h.isEmpty()) {
            parts << h;
            h.clear();
        }
        if (code != r.value(QStringLiteral("unit")).toString() || c.round)
            h += (detail ? QStringLiteral("<h2>%1</h2>") : QStringLiteral("<h3>%1</h3>")).arg(esc(n.value(QStringLiteral("name")).toString()));
        const QString sub = QLatin1String(detail ? "h3" : "h4");
        QList<AssessmentLine> assessments;
        if (u) {
            h += QStringLiteral("<p><i>Status: %1.</i> %2</p>")
                     .arg(esc(statusWords(*u)),
                          Rounds::frozen(u->report.status) ? QStringLiteral("Siffrorna är de som gällde när rapporten klarmarkerades.")
                                                           : QStringLiteral("Siffrorna är preliminära: rapporten är inte klarmarkerad."));
            bool any = false;
            for (const Section &s : u->sections) {
                if (s.body.trimmed().isEmpty())
                    continue;
                any = true;
                h += QStringLiteral("<%1>%2</%1><p>%3</p>").arg(sub, esc(s.title), textHtml(s.body));
            }
            if (!any)
                h += QStringLiteral("<p>Inga avsnitt skrivna.</p>");
            assessments = u->assessments;
        }
        for (const Text &t : c.texts) {
            if (t.unitCode == code)
                h += QStringLiteral("<%1>%2 – %3</%1><p>%4</p>")
                         .arg(sub, esc(areaText(t.area)), t.kind == NoteKeys::KindAnalysis ? QStringLiteral("analys") : QStringLiteral("kommentar"),
                              textHtml(t.body));
        }
        if (!detail) {
            h += assessmentsHtml(assessments, sub);
            h += QStringLiteral("<%1>Nyckeltal</%1>").arg(sub) + keyFiguresHtml(n);
            continue;
        }
        h += QStringLiteral("<h3>Nyckeltal</h3>") + keyFiguresHtml(n);
        h += QStringLiteral("<h3>Mål och indikatorer</h3>") + goalsHtml(n, assessments, depth == 0);
        h += categoriesHtml(n);
        if (charts)
            h += charts->add(chartsOf(n, c.sickLeaveCode));
    }
    if (!h.isEmpty()) {
        parts << h;
        h.clear();
    }
    h += QStringLiteral("<h2>Åtgärder</h2>");
    if (c.actions.isEmpty()) {
        h += QStringLiteral("<p>Inga åtgärder.</p>");
    } else {
        h += kTable.arg(QStringLiteral("100%"))
            + QStringLiteral("<tr><th align=\"left\" width=\"16%\">Enhet</th><th align=\"left\" width=\"34%\">Åtgärd</th>"
                             "<th align=\"left\" width=\"17%\">Ansvarig</th><th align=\"left\" width=\"14%\">Klar senast</th>"
                             "<th align=\"left\" width=\"9%\">Status</th><th align=\"right\" width=\"10%\">Effekt</th></tr>");
        for (const ActionLine &a : c.actions) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td></tr>")
                     .arg(esc(a.unitName), esc(a.title), esc(a.owner), esc(Fmt::date(a.endDate)),
                          esc(Fmt::actionStatusText(a.status)), esc(Fmt::tkr(a.effectTkr)));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><small>Skapad %1 ur Enhetspuls.</small></p>")
             .arg(Fmt::date(QDate::currentDate().toString(Qt::ISODate)));
    parts << h;
    return parts;
}

QString htmlPage(const QString &body)
{
    return QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\">") + body
        + QStringLiteral("</body></html>");
}

// The whole document in one (the ODT), each part after the first on a new page.
QString html(const Content &c, ChartSet *charts)
{
    return htmlPage(htmlParts(c, charts).join(QStringLiteral("<p style=\"page-break-before: always\"></p>")));
}

// The PDF: each part laid out as its own document, so that it starts on a new page, and painted
// page by page with a footer of the title and "Sida N av M".
void writePdf(const QString &title, const Content &content, QIODevice *out)
{
    QPdfWriter pdf(out);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Enhetspuls"));
    const double footer = 300 * 10 / 25.4; // 10 mm below the text for the footer
    const QSizeF pageSize(pdf.width(), pdf.height() - footer);

    ChartSet charts;
    ChartObject drawer(charts.panels());
    std::vector<std::unique_ptr<QTextDocument>> docs;
    int pages = 0;
    for (const QString &part : htmlParts(content, &charts)) {
        auto doc = std::make_unique<QTextDocument>();
        // Laid out for the PDF's resolution: with the screen's, point sizes came out a third as large.
        doc->documentLayout()->setPaintDevice(&pdf);
        doc->documentLayout()->registerHandler(ChartObject::kType, &drawer);
        doc->setHtml(htmlPage(part));
        placeCharts(doc.get());
        // The page size after the content: set before it, Qt's lazy layout left the blocks after
        // the first page undrawn (only the tables showed).
        doc->setPageSize(pageSize);
        pages += doc->pageCount();
        docs.push_back(std::move(doc));
    }

    QPainter painter(&pdf);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    int page = 0;
    for (const auto &doc : docs) {
        for (int i = 0; i < doc->pageCount(); ++i) {
            if (page > 0)
                pdf.newPage();
            ++page;
            painter.save();
            painter.translate(0, -i * pageSize.height());
            doc->drawContents(&painter, QRectF(QPointF(0, i * pageSize.height()), pageSize));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF foot(0, pdf.height() - footer * 0.6, pdf.width(), footer * 0.6);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, title);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Sida %1 av %2").arg(page).arg(pages));
        }
    }
}

// ---- the workbook (XLSX) ----

// One sheet being written: a header row, then one row per add().
class Sheet
{
public:
    Sheet(lxw_workbook *wb, const char *name, const QStringList &header, lxw_format *bold) : m_ws(workbook_add_worksheet(wb, name))
    {
        for (int i = 0; i < header.size(); ++i)
            text(i, header.at(i), bold);
        worksheet_freeze_panes(m_ws, 1, 0);
        next();
    }
    void width(int first, int last, double chars) { worksheet_set_column(m_ws, lxw_col_t(first), lxw_col_t(last), chars, nullptr); }
    void text(int col, const QString &v, lxw_format *f = nullptr)
    {
        worksheet_write_string(m_ws, m_row, lxw_col_t(col), v.toUtf8().constData(), f);
    }
    // A real number (nothing for null), shown with `f`.
    void number(int col, const QJsonValue &v, lxw_format *f)
    {
        if (v.isDouble())
            worksheet_write_number(m_ws, m_row, lxw_col_t(col), v.toDouble(), f);
    }
    void next() { ++m_row; }

private:
    lxw_worksheet *m_ws;
    lxw_row_t m_row = 0;
};

bool writeXlsx(const Content &c, const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *tkr = workbook_add_format(wb);
    format_set_num_format(tkr, "#,##0");
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.0");
    QList<QJsonObject> nodes;
    flatten(c.report, &nodes);

    QStringList keyHeader{QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Budget t.o.m. månad")};
    for (const KeyFigure &f : kKeyFigures)
        keyHeader << QString::fromUtf8(f.label) + (f.kind == Kind::Percent ? QStringLiteral(" %") : QStringLiteral(" tkr"));
    Sheet key(wb, "Nyckeltal", keyHeader, bold);
    key.width(0, 1, 28);
    key.width(2, int(keyHeader.size()) - 1, 16);
    for (const QJsonObject &n : nodes) {
        key.text(0, n.value(QStringLiteral("unit")).toString());
        key.text(1, n.value(QStringLiteral("name")).toString());
        key.number(2, n.value(QStringLiteral("budget")).toObject().value(QStringLiteral("month")), nullptr);
        int col = 3;
        for (const KeyFigure &f : kKeyFigures)
            key.number(col++, valueOf(n, f), f.kind == Kind::Percent ? pct : tkr);
        key.next();
    }

    Sheet ind(wb, "Indikatorer",
              {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Indikator"), QStringLiteral("Värde"),
               QStringLiteral("Förra året"), QStringLiteral("Mål"), QStringLiteral("Enhet (mått)"), QStringLiteral("Status"),
               QStringLiteral("Trend")},
              bold);
    ind.width(0, 2, 28);
    for (const QJsonObject &n : nodes) {
        for (const QJsonValue &v : n.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject i = v.toObject();
            ind.text(0, n.value(QStringLiteral("unit")).toString());
            ind.text(1, n.value(QStringLiteral("name")).toString());
            ind.text(2, i.value(QStringLiteral("name")).toString());
            ind.number(3, i.value(QStringLiteral("value")), pct);
            ind.number(4, i.value(QStringLiteral("previous")), pct);
            ind.number(5, i.value(QStringLiteral("target")), pct);
            ind.text(6, i.value(QStringLiteral("measure_unit")).toString());
            ind.text(7, Fmt::indicatorStatusText(Calc::statusFromKey(i.value(QStringLiteral("status")).toString()),
                                                 !i.value(QStringLiteral("value")).isNull(), !i.value(QStringLiteral("target")).isNull()));
            ind.text(8, Fmt::trendText(Calc::trendFromKey(i.value(QStringLiteral("trend")).toString())));
            ind.next();
        }
    }

    Sheet bud(wb, "Budget",
              {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Kategori"), QStringLiteral("Budget tkr"),
               QStringLiteral("Utfall tkr"), QStringLiteral("Avvikelse tkr"), QStringLiteral("Avvikelse %")},
              bold);
    bud.width(0, 2, 24);
    for (const QJsonObject &n : nodes) {
        const QJsonObject cats = n.value(QStringLiteral("budget")).toObject().value(QStringLiteral("categories")).toObject();
        for (auto it = cats.begin(); it != cats.end(); ++it) {
            const QJsonObject cat = it.value().toObject();
            bud.text(0, n.value(QStringLiteral("unit")).toString());
            bud.text(1, n.value(QStringLiteral("name")).toString());
            bud.text(2, Fmt::categoryText(it.key()));
            bud.number(3, cat.value(QStringLiteral("budget")), tkr);
            bud.number(4, cat.value(QStringLiteral("utfall")), tkr);
            bud.number(5, cat.value(QStringLiteral("avvikelse")), tkr);
            bud.number(6, cat.value(QStringLiteral("avvikelse_procent")), pct);
            bud.next();
        }
    }

    Sheet act(wb, "Åtgärder",
              {QStringLiteral("Enhet"), QStringLiteral("Åtgärd"), QStringLiteral("Ansvarig"), QStringLiteral("Klar senast"),
               QStringLiteral("Status"), QStringLiteral("Förväntad effekt tkr")},
              bold);
    act.width(0, 1, 30);
    for (const ActionLine &a : c.actions) {
        act.text(0, a.unitName);
        act.text(1, a.title);
        act.text(2, a.owner);
        act.text(3, a.endDate);
        act.text(4, Fmt::actionStatusText(a.status));
        act.number(5, a.effectTkr ? QJsonValue(*a.effectTkr) : QJsonValue(), tkr);
        act.next();
    }

    Sheet txt(wb, "Texter", {QStringLiteral("Enhet"), QStringLiteral("Område"), QStringLiteral("Slag"), QStringLiteral("Text")}, bold);
    txt.width(0, 2, 24);
    txt.width(3, 3, 100);
    for (const Text &t : c.texts) {
        txt.text(0, t.unitName);
        txt.text(1, areaText(t.area));
        txt.text(2, t.kind);
        txt.text(3, t.body);
        txt.next();
    }

    if (c.round) {
        Sheet status(wb, "Rapportstatus",
                     {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Nivå"), QStringLiteral("Status"),
                      QStringLiteral("Försenad"), QStringLiteral("Senast ändrad"), QStringLiteral("Av"),
                      QStringLiteral("Kommentar vid återsändning")},
                     bold);
        status.width(0, 1, 28);
        status.width(3, 6, 16);
        status.width(7, 7, 60);
        for (const UnitRound &u : c.round->units) {
            status.text(0, u.unitCode);
            status.text(1, u.unitName);
            status.number(2, u.depth, nullptr);
            status.text(3, Rounds::statusTitle(u.report.status));
            status.text(4, u.late ? QStringLiteral("Ja") : QStringLiteral("Nej"));
            status.text(5, u.report.statusAt);
            status.text(6, u.report.statusBy);
            status.text(7, u.report.reviewComment);
            status.next();
        }
        Sheet sections(wb, "Avsnitt", {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Avsnitt"), QStringLiteral("Text")},
                       bold);
        sections.width(0, 2, 26);
        sections.width(3, 3, 100);
        for (const UnitRound &u : c.round->units) {
            for (const Section &sec : u.sections) {
                if (sec.body.trimmed().isEmpty())
                    continue;
                sections.text(0, u.unitCode);
                sections.text(1, u.unitName);
                sections.text(2, sec.title);
                sections.text(3, sec.body);
                sections.next();
            }
        }
        Sheet assessed(wb, "Bedömningar",
                       {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Mål"), QStringLiteral("Nivå"),
                        QStringLiteral("Beräknad status"), QStringLiteral("Bedömning"), QStringLiteral("Prognos helår"),
                        QStringLiteral("Text")},
                       bold);
        assessed.width(0, 2, 26);
        assessed.width(3, 6, 16);
        assessed.width(7, 7, 80);
        for (const UnitRound &u : c.round->units) {
            for (const AssessmentLine &a : u.assessments) {
                const Status computed = Calc::statusFromKey(a.computed);
                assessed.text(0, u.unitCode);
                assessed.text(1, u.unitName);
                assessed.text(2, a.goalName);
                assessed.text(3, Fmt::goalLevelText(a.level));
                assessed.text(4, Fmt::goalStatusText(computed));
                assessed.text(5, Rounds::assessmentTitle(a.assessment));
                assessed.text(6, Rounds::assessmentTitle(a.forecast));
                assessed.text(7, a.body);
                assessed.next();
            }
        }
    }

    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    return true;
}

} // namespace

bool needsGui(Format format)
{
    return format == Format::Pdf || format == Format::Odt;
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf")) return Format::Pdf;
    if (n == QLatin1String("odt")) return Format::Odt;
    if (n == QLatin1String("xlsx")) return Format::Xlsx;
    if (n == QLatin1String("json")) return Format::Json;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

QByteArray mimeType(Format format)
{
    switch (format) {
    case Format::Pdf: return "application/pdf";
    case Format::Odt: return "application/vnd.oasis.opendocument.text";
    case Format::Xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case Format::Json: return "application/json";
    }
    return {};
}

namespace {
// The texts of `period` ("YYYY-MM") for the unit and its subtree, the subtree's actions and the
// sick-leave indicator's code.
void addTextsAndActions(Database &db, FollowUp &followUp, const Unit &unit, const QString &period, Content *c)
{
    Store store(db, Store::Role::Server);
    HlcClock clock(QStringLiteral("export"));
    Notes notes(store, clock);
    for (const QString &id : followUp.tree().subtree(unit.id)) {
        const Unit *u = followUp.tree().byId(id);
        for (const QString &area : {NoteKeys::AreaOverview, NoteKeys::AreaGoals, NoteKeys::AreaSickLeave, NoteKeys::AreaBudget}) {
            for (const QString &kind : {NoteKeys::KindComment, NoteKeys::KindAnalysis}) {
                const QString body = notes.comment(id, period, area, kind);
                if (!body.trimmed().isEmpty())
                    c->texts.append({u->code, u->name, area, kind, body});
            }
        }
    }
    for (const Action &a : Actions::ofSubtree(db, followUp.tree(), unit.id))
        c->actions.append({a.unitName, a.title, a.owner, a.endDate, a.status, a.effectTkr});
    Catalog catalog(db);
    if (const auto sick = catalog.indicator(catalog.sickLeaveIndicator()))
        c->sickLeaveCode = sick->code;
}

QString periodKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

// Replaces each node of `node` whose unit's report (in `reports`, by unit code) is frozen by the
// figures it froze, keeping the children.
void useReported(QJsonObject &node, const QHash<QString, Rounds::UnitReport> &reports)
{
    QJsonArray children = node.value(QStringLiteral("children")).toArray();
    for (QJsonValueRef c : children) {
        QJsonObject child = c.toObject();
        useReported(child, reports);
        c = child;
    }
    const auto found = reports.constFind(node.value(QStringLiteral("unit")).toString());
    if (found != reports.constEnd()) {
        const Rounds::UnitReport &r = *found;
        if (Rounds::frozen(r.status) && !r.snapshot.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(r.snapshot.toUtf8());
            if (doc.isObject())
                node = doc.object();
        }
    }
    node.insert(QStringLiteral("children"), children);
}
} // namespace

std::optional<Content> gather(Database &db, const QString &unitCode, int year, int month, QString *error)
{
    FollowUp followUp(db);
    const Unit *unit = followUp.tree().byCode(unitCode);
    if (!unit) {
        *error = QStringLiteral("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    Content c;
    c.report = Report::toJson(followUp.figures(unit->id, year, month, true));
    addTextsAndActions(db, followUp, *unit, periodKey(year, c.report.value(QStringLiteral("month")).toInt()), &c);
    return c;
}

std::optional<Content> gatherRound(Database &db, const QString &unitCode, const QString &roundId, const QDate &today,
                                   QString *error)
{
    FollowUp followUp(db);
    const UnitTree &tree = followUp.tree();
    const Unit *unit = tree.byCode(unitCode);
    if (!unit) {
        *error = QStringLiteral("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const auto round = Rounds::round(db, roundId);
    if (!round) {
        *error = QStringLiteral("unknown report round %1").arg(roundId);
        return std::nullopt;
    }
    Content c;
    // The live figures of the whole subtree in one pass (what Rounds::liveFigures gives per unit),
    // then each frozen report's own snapshot in its place: what each unit reported.
    c.report = Report::toJson(followUp.figures(unit->id, round->year, round->monthTo, true));
    const QStringList subtree = tree.subtree(unit->id);
    QHash<QString, Rounds::UnitReport> reports; // by unit code, read once
    for (const QString &id : subtree)
        reports.insert(tree.byId(id)->code, Rounds::report(db, id, round->id));
    useReported(c.report, reports);
    addTextsAndActions(db, followUp, *unit, periodKey(round->year, round->monthTo), &c);

    RoundPart part;
    part.round = *round;
    QHash<QString, Goal> goalById;
    Catalog catalog(db);
    for (const Goal &g : catalog.goals())
        goalById.insert(g.id, g);
    QHash<QString, QJsonObject> nodeByCode;
    QList<QJsonObject> nodes;
    flatten(c.report, &nodes);
    for (const QJsonObject &n : std::as_const(nodes))
        nodeByCode.insert(n.value(QStringLiteral("unit")).toString(), n);
    const int top = tree.depth(unit->id);
    for (const QString &id : subtree) {
        const Unit *u = tree.byId(id);
        UnitRound ur;
        ur.unitCode = u->code;
        ur.unitName = u->name;
        ur.depth = tree.depth(id) - top;
        ur.report = reports.value(u->code);
        ur.late = Rounds::late(ur.report.status, round->deadline, today);
        for (const QString &key : round->sections)
            ur.sections.append({key, Rounds::sectionTitle(key), Rounds::section(db, id, round->id, key)});
        QHash<QString, QString> computed;
        for (const QJsonValue &g : nodeByCode.value(u->code).value(QStringLiteral("goals")).toArray())
            computed.insert(g.toObject().value(QStringLiteral("goal")).toString(), g.toObject().value(QStringLiteral("status")).toString());
        for (const Rounds::Assessment &a : Rounds::assessments(db, id, round->id)) {
            const Goal g = goalById.value(a.goalId);
            if (g.id.isEmpty())
                continue; // a goal since removed
            ur.assessments.append({g.code, g.name, g.level, computed.value(g.code, Calc::statusKey(Status::Missing)),
                                   a.assessment, a.forecast, a.body});
        }
        part.units.append(ur);
    }
    c.round = part;
    return c;
}

namespace {
// ASCII letters, digits, '-' and '_' (accents dropped, anything else '-').
QString safeName(const QString &text)
{
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        out += (ch.isLetterOrNumber() && ch.unicode() < 128) || ch == QLatin1Char('_') || ch == QLatin1Char('-') ? ch : QLatin1Char('-');
    }
    return out;
}
} // namespace

QString roundFileName(const QString &unitCode, const Rounds::Round &round, Format format)
{
    return QStringLiteral("rapport-%1-%2-%3.%4").arg(safeName(unitCode), safeName(round.name).toLower()).arg(round.year).arg(suffix(format));
}

QString fileName(const Content &content, Format format)
{
    const QString unit = content.report.value(QStringLiteral("unit")).toString();
    if (content.round)
        return roundFileName(unit, content.round->round, format);
    return QStringLiteral("rapport-%1-%2.%3")
        .arg(safeName(unit), periodKey(content.report.value(QStringLiteral("year")).toInt(), content.report.value(QStringLiteral("month")).toInt()),
             suffix(format));
}

QJsonObject toJson(const Content &content)
{
    QJsonObject out{{QStringLiteral("report"), content.report}};
    QJsonArray texts;
    for (const Text &t : content.texts)
        texts.append(QJsonObject{{QStringLiteral("unit"), t.unitCode}, {QStringLiteral("area"), t.area},
                                 {QStringLiteral("kind"), t.kind}, {QStringLiteral("body"), t.body}});
    out.insert(QStringLiteral("texts"), texts);
    QJsonArray actions;
    for (const ActionLine &a : content.actions)
        actions.append(QJsonObject{{QStringLiteral("unit_name"), a.unitName}, {QStringLiteral("title"), a.title},
                                   {QStringLiteral("owner"), a.owner}, {QStringLiteral("end_date"), a.endDate},
                                   {QStringLiteral("status"), a.status},
                                   {QStringLiteral("effect_tkr"), a.effectTkr ? QJsonValue(*a.effectTkr) : QJsonValue()}});
    out.insert(QStringLiteral("actions"), actions);
    if (content.round) {
        const Rounds::Round &r = content.round->round;
        QJsonArray units;
        for (const UnitRound &u : content.round->units) {
            QJsonObject sections;
            for (const Section &s : u.sections)
                sections.insert(s.key, s.body);
            QJsonArray assessments;
            for (const AssessmentLine &a : u.assessments)
                assessments.append(QJsonObject{{QStringLiteral("goal"), a.goalCode}, {QStringLiteral("level"), a.level},
                                               {QStringLiteral("computed"), a.computed}, {QStringLiteral("assessment"), a.assessment},
                                               {QStringLiteral("forecast"), a.forecast}, {QStringLiteral("body"), a.body}});
            units.append(QJsonObject{{QStringLiteral("unit"), u.unitCode}, {QStringLiteral("name"), u.unitName},
                                     {QStringLiteral("depth"), u.depth}, {QStringLiteral("status"), u.report.status},
                                     {QStringLiteral("late"), u.late}, {QStringLiteral("status_at"), u.report.statusAt},
                                     {QStringLiteral("status_by"), u.report.statusBy},
                                     {QStringLiteral("review_comment"), u.report.reviewComment},
                                     {QStringLiteral("sections"), sections}, {QStringLiteral("assessments"), assessments}});
        }
        out.insert(QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                                                         {QStringLiteral("year"), r.year}, {QStringLiteral("from"), r.monthFrom},
                                                         {QStringLiteral("to"), r.monthTo},
                                                         {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
                                                         {QStringLiteral("units"), units}});
    }
    return out;
}

bool write(const Content &content, Format format, const QString &path, QString *error)
{
    if (format == Format::Xlsx) {
        // libxlsxwriter writes the file itself: to a temporary name, renamed when complete.
        const QString part = path + QStringLiteral(".part");
        if (!writeXlsx(content, part, error)) {
            QFile::remove(part);
            return false;
        }
        QFile::remove(path);
        if (!QFile::rename(part, path)) {
            QFile::remove(part);
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    const auto bytes = render(content, format, error);
    if (!bytes)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> render(const Content &content, Format format, QString *error)
{
    if (format == Format::Xlsx) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        if (!dir.isValid() || !writeXlsx(content, path, error))
            return std::nullopt;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read back %1").arg(path);
            return std::nullopt;
        }
        return f.readAll();
    }
    if (format == Format::Json)
        return QJsonDocument(toJson(content)).toJson(QJsonDocument::Indented);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Pdf) {
        writePdf(documentTitle(content), content, &buffer);
    } else {
        QTextDocument doc;
        doc.setMetaInformation(QTextDocument::DocumentTitle, documentTitle(content));
        ChartSet charts;
        doc.setHtml(html(content, &charts));
        addChartImages(&doc, charts.panels());
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc)) {
            *error = QStringLiteral("the ODT writer failed");
            return std::nullopt;
        }
    }
    return bytes;
}

} // namespace ReportExport

