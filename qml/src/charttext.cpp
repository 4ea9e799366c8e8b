#include "charttext.h"

#include "format.h"

#include <QQmlListReference>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>
#include <cmath>

namespace {
QString valueText(double v, const QString &unit)
{
    const QString n = Fmt::number(v, std::abs(v) < 100 ? 1 : 0);
    return unit.isEmpty() ? n : n + QChar(0x00a0) + unit;
}
} // namespace

QString ChartText::describe(QObject *chart, const QStringList &labels, const QString &unitGiven) const
{
    if (!chart)
        return {};
    QStringList categories = labels;
    QString unit = unitGiven;
    QQmlListReference axes(chart, "axes");
    for (qsizetype a = 0; a < axes.count(); ++a) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axes.at(a)); c && categories.isEmpty())
            categories = c->categories();
        else if (auto *v = qobject_cast<QValueAxis *>(axes.at(a)); v && unit.isEmpty())
            unit = v->titleText();
    }
    const auto label = [&categories](qsizetype i) { return categories.value(i, QString::number(i + 1)); };
    // "jan 6,2 %"; a label that already holds its value (Jämför's "Korttiden 8,9 %") stands alone.
    const auto point = [&unit](const QString &label, double v) {
        const QString n = Fmt::number(v, std::abs(v) < 100 ? 1 : 0);
        return label.contains(n) ? label.simplified() : label + QLatin1Char(' ') + valueText(v, unit);
    };
    QStringList parts;
    const int count = chart->property("count").toInt();
    for (int i = 0; i < count; ++i) {
        QAbstractSeries *series = nullptr;
        QMetaObject::invokeMethod(chart, "series", Q_RETURN_ARG(QAbstractSeries *, series), Q_ARG(int, i));
        if (!series || !series->isVisible())
            continue;
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            const QList<QPointF> points = xy->points();
            if (points.isEmpty())
                continue;
            // A level drawn from edge to edge (between categories, not at one): one value.
            const bool level = points.size() == 2 && points.first().y() == points.last().y()
                && points.first().x() != std::round(points.first().x());
            QStringList values;
            for (const QPointF &p : points)
                values << point(label(qsizetype(std::lround(p.x()))), p.y());
            parts << (series->name().isEmpty() ? QString() : series->name() + QStringLiteral(": "))
                         + (level ? valueText(points.first().y(), unit) : values.join(QStringLiteral(", ")));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                QStringList values;
                // A bar of 0 draws nothing (a month with no figures yet): not read out either.
                for (int j = 0; j < set->count(); ++j) {
                    if (set->at(j) != 0)
                        values << point(label(j), set->at(j));
                }
                if (!values.isEmpty())
                    parts << set->label() + QStringLiteral(": ") + values.join(QStringLiteral(", "));
            }
        }
    }
    return parts.isEmpty() ? tr("No values in the chart.") : parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}
