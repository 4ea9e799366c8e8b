#include "reportexport.h"

#include "actions.h"
#include "database.h"
#include "followup.h"
#include "format.h"
#include "hlc.h"
#include "notes.h"
#include "report.h"
#include "store.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextDocumentWriter>

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

// ---- the document (PDF, ODT) ----

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"%1\">");

QString keyFiguresHtml(const QJsonObject &r)
{
    const QJsonValue budgetMonth = r.value(QStringLiteral("budget")).toObject().value(QStringLiteral("month"));
    QString h = kTable.arg(QStringLiteral("60%"));
    QString section;
    for (const KeyFigure &f : kKeyFigures) {
        if (section != QLatin1String(f.section)) {
            section = QLatin1String(f.section);
            const QString heading = section == QLatin1String("budget")
                ? (budgetMonth.isDouble() ? QStringLiteral("Ekonomi, t.o.m. %1").arg(Fmt::monthName(budgetMonth.toInt()))
                                          : QStringLiteral("Ekonomi, inget utfall än i år"))
                : QStringLiteral("Sjukfrånvaro");
            h += QStringLiteral("<tr><th align=\"left\" colspan=\"2\">%1</th></tr>").arg(esc(heading));
        }
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(esc(QString::fromUtf8(f.label)), esc(shown(valueOf(r, f), f.kind)));
    }
    return h + QStringLiteral("</table>");
}

QString indicatorsHtml(const QJsonObject &r)
{
    const QJsonArray inds = r.value(QStringLiteral("indicators")).toArray();
    if (inds.isEmpty())
        return QStringLiteral("<p>Inga indikatorer.</p>");
    QString h = kTable.arg(QStringLiteral("100%"))
        + QStringLiteral("<tr><th align=\"left\">Indikator</th><th align=\"right\">Värde</th>"
                         "<th align=\"right\">Mål</th><th align=\"left\">Status</th><th align=\"left\">Trend</th></tr>");
    for (const QJsonValue &v : inds) {
        const QJsonObject i = v.toObject();
        const QString unit = i.value(QStringLiteral("measure_unit")).toString();
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(i.value(QStringLiteral("name")).toString()),
                      esc(Fmt::measure(opt(i.value(QStringLiteral("value"))), unit)),
                      esc(Fmt::measure(opt(i.value(QStringLiteral("target"))), unit)),
                      esc(Fmt::indicatorStatusText(Calc::statusFromKey(i.value(QStringLiteral("status")).toString()),
                                                   !i.value(QStringLiteral("value")).isNull(), !i.value(QStringLiteral("target")).isNull())),
                      esc(Fmt::trendText(Calc::trendFromKey(i.value(QStringLiteral("trend")).toString()))));
    }
    return h + QStringLiteral("</table>");
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
                 .arg(esc(Fmt::categoryText(it.key())), esc(Fmt::tkr(opt(c.value(QStringLiteral("budget"))))),
                      esc(Fmt::tkr(opt(c.value(QStringLiteral("utfall"))))), esc(Fmt::tkr(opt(c.value(QStringLiteral("avvikelse"))))));
    }
    return h + QStringLiteral("</table>");
}

QString html(const Content &c)
{
    const QJsonObject &r = c.report;
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\">");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title(r)));
    QList<QJsonObject> nodes;
    flatten(r, &nodes);
    for (const QJsonObject &n : nodes) {
        const QString code = n.value(QStringLiteral("unit")).toString();
        if (code != r.value(QStringLiteral("unit")).toString())
            h += QStringLiteral("<h2>%1</h2>").arg(esc(n.value(QStringLiteral("name")).toString()));
        for (const Text &t : c.texts) {
            if (t.unitCode == code)
                h += QStringLiteral("<h3>%1 – %2</h3><p>%3</p>")
                         .arg(esc(areaText(t.area)), t.kind == NoteKeys::KindAnalysis ? QStringLiteral("analys") : QStringLiteral("kommentar"),
                              esc(t.body).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        }
        h += QStringLiteral("<h3>Nyckeltal</h3>") + keyFiguresHtml(n);
        h += QStringLiteral("<h3>Mål och indikatorer</h3>") + indicatorsHtml(n);
        h += categoriesHtml(n);
    }
    h += QStringLiteral("<h2>Åtgärder</h2>");
    if (c.actions.isEmpty()) {
        h += QStringLiteral("<p>Inga åtgärder.</p>");
    } else {
        h += kTable.arg(QStringLiteral("100%"))
            + QStringLiteral("<tr><th align=\"left\" width=\"16%\">Enhet</th><th align=\"left\" width=\"37%\">Åtgärd</th>"
                             "<th align=\"left\" width=\"14%\">Ansvarig</th><th align=\"left\" width=\"14%\">Klar senast</th>"
                             "<th align=\"left\" width=\"9%\">Status</th><th align=\"right\" width=\"10%\">Effekt</th></tr>");
        for (const ActionLine &a : c.actions) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td></tr>")
                     .arg(esc(a.unitName), esc(a.title), esc(a.owner), esc(Fmt::date(a.endDate)),
                          esc(Fmt::actionStatusText(a.status)), esc(Fmt::tkr(a.effectTkr)));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><small>Skapad %1 ur Enhetspuls.</small></p></body></html>")
             .arg(Fmt::date(QDate::currentDate().toString(Qt::ISODate)));
    return h;
}

void writePdf(const QString &title, const QString &html, QIODevice *out)
{
    QPdfWriter pdf(out);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Enhetspuls"));
    QTextDocument doc;
    // Laid out for the PDF's resolution: with the screen's, point sizes came out a third as large.
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setHtml(html);
    doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
    doc.print(&pdf);
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

    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    return true;
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf")) return Format::Pdf;
    if (n == QLatin1String("odt")) return Format::Odt;
    if (n == QLatin1String("xlsx")) return Format::Xlsx;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

QByteArray mimeType(Format format)
{
    switch (format) {
    case Format::Pdf: return "application/pdf";
    case Format::Odt: return "application/vnd.oasis.opendocument.text";
    case Format::Xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return {};
}

std::optional<Content> gather(Database &db, const QString &unitCode, int year, int month, QString *error)
{
    FollowUp followUp(db);
    const Unit *unit = followUp.tree().byCode(unitCode);
    if (!unit) {
        *error = QStringLiteral("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    Content c;
    const UnitFigures figures = followUp.figures(unit->id, year, month, true);
    c.report = Report::toJson(figures);
    const int shownMonth = c.report.value(QStringLiteral("month")).toInt();
    const QString period = QStringLiteral("%1-%2").arg(year).arg(shownMonth, 2, 10, QLatin1Char('0'));

    Store store(db, Store::Role::Server);
    HlcClock clock(QStringLiteral("export"));
    Notes notes(store, clock);
    QStringList order{unit->id};
    for (int i = 0; i < order.size(); ++i)
        order += followUp.tree().children(order.at(i));
    for (const QString &id : std::as_const(order)) {
        const Unit *u = followUp.tree().byId(id);
        for (const QString &area : {NoteKeys::AreaOverview, NoteKeys::AreaGoals, NoteKeys::AreaSickLeave, NoteKeys::AreaBudget}) {
            for (const QString &kind : {NoteKeys::KindComment, NoteKeys::KindAnalysis}) {
                const QString body = notes.comment(id, period, area, kind);
                if (!body.trimmed().isEmpty())
                    c.texts.append({u->code, u->name, area, kind, body});
            }
        }
    }
    for (const Action &a : Actions::ofSubtree(db, followUp.tree(), unit->id))
        c.actions.append({a.unitName, a.title, a.owner, a.endDate, a.status, a.effectTkr});
    return c;
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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Pdf) {
        writePdf(title(content.report), html(content), &buffer);
    } else {
        QTextDocument doc;
        doc.setMetaInformation(QTextDocument::DocumentTitle, title(content.report));
        doc.setHtml(html(content));
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc)) {
            *error = QStringLiteral("the ODT writer failed");
            return std::nullopt;
        }
    }
    return bytes;
}

} // namespace ReportExport
