#include "reportcharts.h"

#include "format.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

namespace ReportExport {
namespace {
std::optional<double> opt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

const QColor kSeriesColours[] = {QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x8a, 0x1e), QColor(0x5a, 0x9e, 0x4b)};

// Round steps for an axis from lo to hi: 1, 2 or 5 times a power of ten, about five of them.
double niceStep(double span)
{
    const double raw = span / 5.0;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * p)
            return m * p;
    }
    return 10 * p;
}

void drawChart(QPainter *p, const QRectF &box, const Chart &c)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double u = box.height() / 18.0; // one text line
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(u * 0.8)));
    p->setFont(font);
    p->setPen(Qt::black);
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->drawText(QRectF(box.left(), box.top(), box.width(), 1.4 * u), Qt::AlignLeft | Qt::AlignVCenter, c.title);
    p->setFont(font);

    double lo = 0, hi = 0;
    for (const auto &series : c.values) {
        for (const auto &v : series) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
    }
    if (c.target) {
        lo = std::min(lo, *c.target);
        hi = std::max(hi, *c.target);
    }
    if (hi - lo <= 0)
        hi = lo + 1;
    const double step = niceStep(hi - lo);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;

    const QRectF plot(box.left() + 7 * u, box.top() + 2 * u, box.width() - 8 * u, box.height() - 6.5 * u);
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), u * 0.05));
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double y = yOf(v);
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->setPen(Qt::black);
        p->drawText(QRectF(box.left(), y - u, 6.6 * u, 2 * u), Qt::AlignRight | Qt::AlignVCenter,
                    Fmt::number(v, step < 1 ? 1 : 0) + c.valueSuffix);
        p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), u * 0.05));
    }
    p->setPen(QPen(Qt::black, u * 0.06));
    p->drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));

    const int groups = int(c.labels.size());
    const int bars = int(c.values.size());
    const double groupWidth = plot.width() / std::max(1, groups);
    const double barWidth = groupWidth * 0.7 / std::max(1, bars);
    for (int g = 0; g < groups; ++g) {
        const double x0 = plot.left() + g * groupWidth + groupWidth * 0.15;
        for (int b = 0; b < bars; ++b) {
            const auto v = c.values.at(b).value(g);
            if (!v)
                continue;
            const QRectF bar(QPointF(x0 + b * barWidth, std::min(yOf(*v), yOf(0))),
                             QPointF(x0 + (b + 1) * barWidth - u * 0.1, std::max(yOf(*v), yOf(0))));
            p->fillRect(bar, kSeriesColours[b % 3]);
            const QString label = Fmt::number(*v, c.decimals);
            if (p->fontMetrics().horizontalAdvance(label) < barWidth * 1.1) {
                p->setPen(Qt::black);
                p->drawText(QRectF(bar.center().x() - groupWidth, (*v >= 0 ? bar.top() - 1.2 * u : bar.bottom()), 2 * groupWidth, 1.2 * u),
                            Qt::AlignCenter, label);
            }
        }
        p->setPen(Qt::black);
        p->drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 0.2 * u, groupWidth, 2.4 * u),
                    Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, c.labels.at(g));
    }
    double legendX = plot.left();
    const double legendY = box.bottom() - 1.4 * u;
    for (int b = 0; b < bars; ++b) {
        p->fillRect(QRectF(legendX, legendY + 0.3 * u, 0.8 * u, 0.8 * u), kSeriesColours[b % 3]);
        const double w = p->fontMetrics().horizontalAdvance(c.seriesNames.value(b)) + 2.5 * u;
        p->setPen(Qt::black);
        p->drawText(QRectF(legendX + 1.1 * u, legendY, w, 1.4 * u), Qt::AlignLeft | Qt::AlignVCenter, c.seriesNames.value(b));
        legendX += w + u;
    }
    if (c.target) {
        QPen dashed(QColor(0xb0, 0x20, 0x20), u * 0.12, Qt::DashLine);
        p->setPen(dashed);
        p->drawLine(QPointF(plot.left(), yOf(*c.target)), QPointF(plot.right(), yOf(*c.target)));
        p->drawLine(QPointF(legendX, legendY + 0.7 * u), QPointF(legendX + 1.5 * u, legendY + 0.7 * u));
        p->setPen(Qt::black);
        p->drawText(QRectF(legendX + 1.8 * u, legendY, 12 * u, 1.4 * u), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("Mål %1%2").arg(Fmt::number(*c.target, c.decimals), c.valueSuffix));
    }
    p->restore();
}
} // namespace

ChartPanel chartsOf(const QJsonObject &r, const QString &sickLeaveCode)
{
    QList<Chart> out;
    const int year = r.value(QStringLiteral("year")).toInt();
    for (const QJsonValue &v : r.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        if (sickLeaveCode.isEmpty() || i.value(QStringLiteral("indicator")).toString() != sickLeaveCode)
            continue;
        Chart c;
        c.title = QStringLiteral("Sjukfrånvaro per år, %");
        c.valueSuffix = QStringLiteral(" %");
        c.decimals = 1;
        c.seriesNames = {QStringLiteral("Sjukfrånvaro")};
        c.values.append(QList<std::optional<double>>());
        bool any = false;
        for (const QJsonValue &h : i.value(QStringLiteral("history")).toArray()) {
            const QJsonObject o = h.toObject();
            const int y = o.value(QStringLiteral("year")).toInt();
            c.labels << (y == year ? QStringLiteral("%1 t.o.m. %2").arg(y).arg(Fmt::monthShort(r.value(QStringLiteral("month")).toInt()))
                                   : QString::number(y));
            c.values[0].append(opt(o.value(QStringLiteral("value"))));
            any = any || o.value(QStringLiteral("value")).isDouble();
        }
        c.target = opt(i.value(QStringLiteral("target")));
        if (any)
            out.append(c);
    }
    const QJsonObject budget = r.value(QStringLiteral("budget")).toObject();
    const QJsonObject cats = budget.value(QStringLiteral("categories")).toObject();
    if (!cats.isEmpty() && budget.value(QStringLiteral("month")).isDouble()) {
        Chart c;
        c.title = QStringLiteral("Budget och utfall t.o.m. %1, tkr").arg(Fmt::monthName(budget.value(QStringLiteral("month")).toInt()));
        c.seriesNames = {QStringLiteral("Budget"), QStringLiteral("Utfall")};
        c.values = {{}, {}};
        for (auto it = cats.begin(); it != cats.end(); ++it) {
            c.labels << Fmt::categoryText(it.key());
            c.values[0].append(opt(it.value().toObject().value(QStringLiteral("budget"))));
            c.values[1].append(opt(it.value().toObject().value(QStringLiteral("utfall"))));
        }
        out.append(c);
    }
    return out;
}

// The charts a document shows, in order; the HTML refers to chart N as <img src="chart:N">.

void drawPanel(QPainter *p, const QRectF &box, const ChartPanel &panel)
{
    const double gap = panel.size() > 1 ? box.width() * 0.04 : 0;
    const double w = (box.width() - gap * (panel.size() - 1)) / std::max<qsizetype>(1, panel.size());
    for (int i = 0; i < panel.size(); ++i)
        drawChart(p, QRectF(box.left() + i * (w + gap), box.top(), w, box.height()), panel.at(i));
}

// Replaces each <img src="chart:N"> of the document by a ChartObject character.
QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    // The text width of the page, in the layout's units.
    const double w = doc->textWidth() > 0 ? doc->textWidth() * 0.98 : 600;
    return {w, w * kChartAspect};
}

void ChartObject::drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &f)
{
    const int i = f.property(kIndex).toInt();
    if (i >= 0 && i < m_panels.size())
        drawPanel(p, rect, m_panels.at(i));
}

void placeCharts(QTextDocument *doc)
{
    QList<QPair<int, int>> found; // position, chart index
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isImageFormat()) {
                const QString name = f.charFormat().toImageFormat().name();
                if (name.startsWith(QLatin1String("chart:")))
                    found.append({f.position(), name.mid(6).toInt()});
            }
        }
    }
    // One edit block: the document is laid out once, after every replacement.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (const auto &[pos, index] : std::as_const(found)) {
        cursor.setPosition(pos);
        cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setObjectType(ChartObject::kType);
        f.setProperty(ChartObject::kIndex, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
    cursor.endEditBlock();
}

// The charts as PNG images in the document's resources (the ODT writer embeds them).
void addChartImages(QTextDocument *doc, const QList<ChartPanel> &charts)
{
    for (int i = 0; i < charts.size(); ++i) {
        QImage image(1500, int(1500 * kChartAspect), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            drawPanel(&p, QRectF(0, 0, image.width(), image.height()), charts.at(i));
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG", 90); // light compression: a few hundred charts in a second
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), png);
    }
}

} // namespace ReportExport
