#include "chartfeed.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QXYSeries>
#include <cmath>

bool ChartFeed::replace(QObject *series, const QList<QPointF> &points)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy)
        return false;
    xy->replace(points);
    return true;
}

bool ChartFeed::replaceBars(QObject *barSet, const QList<qreal> &values)
{
    auto *set = qobject_cast<QBarSet *>(barSet);
    if (!set)
        return false;
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
    return true;
}

double ChartFeed::niceMax(double max)
{
    if (max <= 0)
        return max < 0 ? -niceMin(-max) : 1;
    const double mag = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * mag >= max * 1.0001)
            return step * mag;
    }
    return 10 * mag;
}

double ChartFeed::niceMin(double min)
{
    if (min >= 0)
        return 0;
    return -niceMax(-min);
}
