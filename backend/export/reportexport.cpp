#include "reportexport.h"

#include "actions.h"
#include "database.h"
#include "followup.h"
#include "hlc.h"
#include "notes.h"
#include "report.h"
#include "store.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
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

const QLocale &sv()
{
    static const QLocale l(QLocale::Swedish, QLocale::Sweden);
    return l;
}

QString monthName(int month)
{
    return month >= 1 && month <= 12 ? sv().standaloneMonthName(month, QLocale::LongFormat) : QString();
}

// A JSON number as Swedish text ("1 234,5"), "–" for null.
QString number(const QJsonValue &v, int decimals, const QString &unit = {})
{
    if (!v.isDouble())
        return QStringLiteral("–");
    QString s = sv().toString(v.toDouble(), 'f', decimals);
    s.replace(QLatin1Char('-'), QChar(0x2212));
    return unit.isEmpty() ? s : s + QChar(0x00a0) + unit;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString statusText(const QString &key)
{
    if (key == QLatin1String("uppfyllt")) return QStringLiteral("Uppfyllt");
    if (key == QLatin1String("delvis")) return QStringLiteral("Delvis uppfyllt");
    if (key == QLatin1String("ej_uppfyllt")) return QStringLiteral("Ej uppfyllt");
    return QStringLiteral("Saknas");
}

QString trendText(const QString &key)
{
    if (key == QLatin1String("battre")) return QStringLiteral("Bättre än förra året");
    if (key == QLatin1String("samre")) return QStringLiteral("Sämre än förra året");
    if (key == QLatin1String("oforandrad")) return QStringLiteral("Oförändrad");
    if (key == QLatin1String("ingen")) return QStringLiteral("–");
    return QStringLiteral("Saknas");
}

QString actionStatusText(const QString &key)
{
    if (key == NoteKeys::StatusDone) return QStringLiteral("Klar");
    if (key == NoteKeys::StatusOngoing) return QStringLiteral("Pågår");
    return QStringLiteral("Ej påbörjad");
}

QString areaText(const QString &area)
{
    if (area == NoteKeys::AreaOverview) return QStringLiteral("Sammanfattning");
    if (area == NoteKeys::AreaGoals) return QStringLiteral("Måluppfyllelse");
    if (area == NoteKeys::AreaSickLeave) return QStringLiteral("Sjukfrånvaro och arbetsmiljö");
    if (area == NoteKeys::AreaBudget) return QStringLiteral("Ekonomi");
    return area;
}

QString categoryText(const QString &key)
{
    if (key == QLatin1String("personalkostnader")) return QStringLiteral("Personalkostnader");
    if (key == QLatin1String("ovriga_kostnader")) return QStringLiteral("Övriga kostnader");
    if (key == QLatin1String("kapitalkostnader")) return QStringLiteral("Kapitalkostnader");
    if (key == QLatin1String("intakter")) return QStringLiteral("Intäkter");
    return key;
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
    return QStringLiteral("Uppföljning %1, %2 %3")
        .arg(r.value(QStringLiteral("name")).toString(), monthName(r.value(QStringLiteral("month")).toInt()))
        .arg(r.value(QStringLiteral("year")).toInt());
}

QString budgetPeriod(const QJsonObject &budget)
{
    const QJsonValue m = budget.value(QStringLiteral("month"));
    return m.isDouble() ? QStringLiteral("t.o.m. %1").arg(monthName(m.toInt())) : QStringLiteral("inget utfall än i år");
}

// ---- the document (PDF, ODT) ----

QString keyFiguresHtml(const QJsonObject &r)
{
    const QJsonObject s = r.value(QStringLiteral("sick_leave")).toObject();
    const QJsonObject b = r.value(QStringLiteral("budget")).toObject();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(label), esc(value));
    };
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"60%\">");
    h += QStringLiteral("<tr><th align=\"left\">Sjukfrånvaro</th><th align=\"right\">%</th></tr>");
    h += row(QStringLiteral("Hittills i år"), number(s.value(QStringLiteral("percent")), 1, QStringLiteral("%")));
    h += row(QStringLiteral("Korttid (dag 1–14)"), number(s.value(QStringLiteral("short_percent")), 1, QStringLiteral("%")));
    h += row(QStringLiteral("Andel långtid (60+ dagar)"), number(s.value(QStringLiteral("long_share_percent")), 1, QStringLiteral("%")));
    h += row(QStringLiteral("Rullande 12 månader"), number(s.value(QStringLiteral("rolling12_percent")), 1, QStringLiteral("%")));
    h += QStringLiteral("<tr><th align=\"left\">Ekonomi, %1</th><th align=\"right\">tkr</th></tr>").arg(esc(budgetPeriod(b)));
    h += row(QStringLiteral("Budget"), number(b.value(QStringLiteral("budget")), 0));
    h += row(QStringLiteral("Utfall"), number(b.value(QStringLiteral("utfall")), 0));
    h += row(QStringLiteral("Avvikelse"), number(b.value(QStringLiteral("avvikelse")), 0));
    h += row(QStringLiteral("Avvikelse i procent"), number(b.value(QStringLiteral("avvikelse_procent")), 1, QStringLiteral("%")));
    h += row(QStringLiteral("Utfall samma period förra året"), number(b.value(QStringLiteral("utfall_foregaende_ar")), 0));
    h += row(QStringLiteral("Helårsbudget"), number(b.value(QStringLiteral("budget_year")), 0));
    h += row(QStringLiteral("Helårsprognos"), number(b.value(QStringLiteral("prognos")), 0));
    h += row(QStringLiteral("Prognosavvikelse"), number(b.value(QStringLiteral("prognos_avvikelse")), 0));
    h += QStringLiteral("</table>");
    return h;
}

QString indicatorsHtml(const QJsonObject &r)
{
    const QJsonArray inds = r.value(QStringLiteral("indicators")).toArray();
    if (inds.isEmpty())
        return QStringLiteral("<p>Inga indikatorer.</p>");
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr><th align=\"left\">Indikator</th><th align=\"right\">Värde</th>"
                               "<th align=\"right\">Mål</th><th align=\"left\">Status</th><th align=\"left\">Trend</th></tr>");
    for (const QJsonValue &v : inds) {
        const QJsonObject i = v.toObject();
        const QString unit = i.value(QStringLiteral("measure_unit")).toString();
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(i.value(QStringLiteral("name")).toString()),
                      esc(number(i.value(QStringLiteral("value")), 1, unit)),
                      esc(number(i.value(QStringLiteral("target")), 1, unit)),
                      esc(statusText(i.value(QStringLiteral("status")).toString())),
                      esc(trendText(i.value(QStringLiteral("trend")).toString())));
    }
    return h + QStringLiteral("</table>");
}

QString categoriesHtml(const QJsonObject &r)
{
    const QJsonObject cats = r.value(QStringLiteral("budget")).toObject().value(QStringLiteral("categories")).toObject();
    if (cats.isEmpty())
        return {};
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr><th align=\"left\">Kategori (tkr)</th><th align=\"right\">Budget</th>"
                               "<th align=\"right\">Utfall</th><th align=\"right\">Avvikelse</th></tr>");
    for (auto it = cats.begin(); it != cats.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(categoryText(it.key())), esc(number(c.value(QStringLiteral("budget")), 0)),
                      esc(number(c.value(QStringLiteral("utfall")), 0)), esc(number(c.value(QStringLiteral("avvikelse")), 0)));
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
    bool first = true;
    for (const QJsonObject &n : nodes) {
        const QString code = n.value(QStringLiteral("unit")).toString();
        if (!first)
            h += QStringLiteral("<h2>%1</h2>").arg(esc(n.value(QStringLiteral("name")).toString()));
        first = false;
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
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                            "<tr><th align=\"left\" width=\"16%\">Enhet</th><th align=\"left\" width=\"37%\">Åtgärd</th>"
                            "<th align=\"left\" width=\"14%\">Ansvarig</th><th align=\"left\" width=\"14%\">Klar senast</th>"
                            "<th align=\"left\" width=\"9%\">Status</th><th align=\"right\" width=\"10%\">Effekt (tkr)</th></tr>");
        for (const ActionLine &a : c.actions) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td></tr>")
                     .arg(esc(a.unitName), esc(a.title), esc(a.owner),
                          esc(QString(a.endDate).replace(QLatin1Char('-'), QChar(0x2011))), // a date on one line
                          esc(actionStatusText(a.status)),
                          esc(a.effectTkr ? number(QJsonValue(*a.effectTkr), 0) : QStringLiteral("–")));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><small>Skapad %1 ur Enhetspuls.</small></p></body></html>")
             .arg(QDate::currentDate().toString(Qt::ISODate));
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

struct Sheet
{
    lxw_worksheet *ws;
    int row = 0;
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
    auto u8 = [](const QString &s) { return s.toUtf8(); };
    auto text = [&](Sheet &s, int col, const QString &v, lxw_format *f = nullptr) {
        worksheet_write_string(s.ws, lxw_row_t(s.row), lxw_col_t(col), u8(v).constData(), f);
    };
    auto num = [&](Sheet &s, int col, const QJsonValue &v, lxw_format *f) {
        if (v.isDouble())
            worksheet_write_number(s.ws, lxw_row_t(s.row), lxw_col_t(col), v.toDouble(), f);
    };
    auto header = [&](Sheet &s, const QStringList &cols) {
        for (int i = 0; i < cols.size(); ++i)
            text(s, i, cols.at(i), bold);
        worksheet_freeze_panes(s.ws, 1, 0);
        ++s.row;
    };
    QList<QJsonObject> nodes;
    flatten(c.report, &nodes);

    Sheet key{workbook_add_worksheet(wb, "Nyckeltal")};
    worksheet_set_column(key.ws, 0, 1, 28, nullptr);
    worksheet_set_column(key.ws, 2, 14, 14, nullptr);
    header(key, {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Sjukfrånvaro hittills i år %"),
                 QStringLiteral("Korttid %"), QStringLiteral("Andel långtid %"), QStringLiteral("Rullande 12 mån %"),
                 QStringLiteral("Budget t.o.m. månad"), QStringLiteral("Budget tkr"), QStringLiteral("Utfall tkr"),
                 QStringLiteral("Avvikelse tkr"), QStringLiteral("Avvikelse %"), QStringLiteral("Utfall förra året tkr"),
                 QStringLiteral("Helårsbudget tkr"), QStringLiteral("Helårsprognos tkr"), QStringLiteral("Prognosavvikelse tkr")});
    for (const QJsonObject &n : nodes) {
        const QJsonObject s = n.value(QStringLiteral("sick_leave")).toObject();
        const QJsonObject b = n.value(QStringLiteral("budget")).toObject();
        text(key, 0, n.value(QStringLiteral("unit")).toString());
        text(key, 1, n.value(QStringLiteral("name")).toString());
        num(key, 2, s.value(QStringLiteral("percent")), pct);
        num(key, 3, s.value(QStringLiteral("short_percent")), pct);
        num(key, 4, s.value(QStringLiteral("long_share_percent")), pct);
        num(key, 5, s.value(QStringLiteral("rolling12_percent")), pct);
        num(key, 6, b.value(QStringLiteral("month")), nullptr);
        num(key, 7, b.value(QStringLiteral("budget")), tkr);
        num(key, 8, b.value(QStringLiteral("utfall")), tkr);
        num(key, 9, b.value(QStringLiteral("avvikelse")), tkr);
        num(key, 10, b.value(QStringLiteral("avvikelse_procent")), pct);
        num(key, 11, b.value(QStringLiteral("utfall_foregaende_ar")), tkr);
        num(key, 12, b.value(QStringLiteral("budget_year")), tkr);
        num(key, 13, b.value(QStringLiteral("prognos")), tkr);
        num(key, 14, b.value(QStringLiteral("prognos_avvikelse")), tkr);
        ++key.row;
    }

    Sheet ind{workbook_add_worksheet(wb, "Indikatorer")};
    worksheet_set_column(ind.ws, 0, 2, 28, nullptr);
    header(ind, {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Indikator"), QStringLiteral("Värde"),
                 QStringLiteral("Förra året"), QStringLiteral("Mål"), QStringLiteral("Enhet (mått)"), QStringLiteral("Status"),
                 QStringLiteral("Trend")});
    for (const QJsonObject &n : nodes) {
        for (const QJsonValue &v : n.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject i = v.toObject();
            text(ind, 0, n.value(QStringLiteral("unit")).toString());
            text(ind, 1, n.value(QStringLiteral("name")).toString());
            text(ind, 2, i.value(QStringLiteral("name")).toString());
            num(ind, 3, i.value(QStringLiteral("value")), pct);
            num(ind, 4, i.value(QStringLiteral("previous")), pct);
            num(ind, 5, i.value(QStringLiteral("target")), pct);
            text(ind, 6, i.value(QStringLiteral("measure_unit")).toString());
            text(ind, 7, statusText(i.value(QStringLiteral("status")).toString()));
            text(ind, 8, trendText(i.value(QStringLiteral("trend")).toString()));
            ++ind.row;
        }
    }

    Sheet bud{workbook_add_worksheet(wb, "Budget")};
    worksheet_set_column(bud.ws, 0, 2, 24, nullptr);
    header(bud, {QStringLiteral("Kod"), QStringLiteral("Enhet"), QStringLiteral("Kategori"), QStringLiteral("Budget tkr"),
                 QStringLiteral("Utfall tkr"), QStringLiteral("Avvikelse tkr"), QStringLiteral("Avvikelse %")});
    for (const QJsonObject &n : nodes) {
        const QJsonObject cats = n.value(QStringLiteral("budget")).toObject().value(QStringLiteral("categories")).toObject();
        for (auto it = cats.begin(); it != cats.end(); ++it) {
            const QJsonObject cat = it.value().toObject();
            text(bud, 0, n.value(QStringLiteral("unit")).toString());
            text(bud, 1, n.value(QStringLiteral("name")).toString());
            text(bud, 2, categoryText(it.key()));
            num(bud, 3, cat.value(QStringLiteral("budget")), tkr);
            num(bud, 4, cat.value(QStringLiteral("utfall")), tkr);
            num(bud, 5, cat.value(QStringLiteral("avvikelse")), tkr);
            num(bud, 6, cat.value(QStringLiteral("avvikelse_procent")), pct);
            ++bud.row;
        }
    }

    Sheet act{workbook_add_worksheet(wb, "Åtgärder")};
    worksheet_set_column(act.ws, 0, 1, 30, nullptr);
    header(act, {QStringLiteral("Enhet"), QStringLiteral("Åtgärd"), QStringLiteral("Ansvarig"), QStringLiteral("Klar senast"),
                 QStringLiteral("Status"), QStringLiteral("Förväntad effekt tkr")});
    for (const ActionLine &a : c.actions) {
        text(act, 0, a.unitName);
        text(act, 1, a.title);
        text(act, 2, a.owner);
        text(act, 3, a.endDate);
        text(act, 4, actionStatusText(a.status));
        if (a.effectTkr)
            num(act, 5, QJsonValue(*a.effectTkr), tkr);
        ++act.row;
    }

    Sheet txt{workbook_add_worksheet(wb, "Texter")};
    worksheet_set_column(txt.ws, 0, 2, 24, nullptr);
    worksheet_set_column(txt.ws, 3, 3, 100, nullptr);
    header(txt, {QStringLiteral("Enhet"), QStringLiteral("Område"), QStringLiteral("Slag"), QStringLiteral("Text")});
    for (const Text &t : c.texts) {
        text(txt, 0, t.unitName);
        text(txt, 1, areaText(t.area));
        text(txt, 2, t.kind);
        text(txt, 3, t.body);
        ++txt.row;
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
