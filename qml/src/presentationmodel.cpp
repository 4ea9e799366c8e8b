#include "presentationmodel.h"

#include <QRegularExpression>

namespace {
const QStringList standardOrder = {QStringLiteral("goals"), QStringLiteral("sickleave"), QStringLiteral("budget"),
                                   QStringLiteral("actions"), QStringLiteral("followup")};

// The area an agenda item's name is about, by words in Swedish or English; "" for none.
QStringList areasOfItem(const QString &name)
{
    const QString n = name.toLower();
    auto has = [&n](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (n.contains(QString::fromUtf8(w)))
                return true;
        }
        return false;
    };
    QStringList keys;
    if (has({"mål", "goal"}))
        keys << QStringLiteral("goals");
    if (has({"sjuk", "sick"}))
        keys << QStringLiteral("sickleave");
    if (has({"budget", "ekonomi", "econom"}))
        keys << QStringLiteral("budget");
    if (has({"åtgärd", "action"}))
        keys << QStringLiteral("actions");
    if (has({"beslut", "decision"}))
        keys << QStringLiteral("followup");
    return keys;
}
} // namespace

PresentationModel::PresentationModel(QObject *parent) : QAbstractListModel(parent)
{
    rebuild();
}

int PresentationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slides.size());
}

QVariant PresentationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Slide &s = m_slides.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KindRole: return s.kind;
    case FirstRole: return s.first;
    case ItemCountRole: return s.count;
    case PageRole: return s.page;
    case PagesRole: return s.pages;
    case LinesRole: return s.lines;
    }
    return {};
}

QHash<int, QByteArray> PresentationModel::roleNames() const
{
    return {{KindRole, "kind"}, {FirstRole, "first"}, {ItemCountRole, "itemCount"},
            {PageRole, "page"}, {PagesRole, "pages"}, {LinesRole, "lines"}};
}

void PresentationModel::setAgenda(const QString &agenda)
{
    if (agenda == m_agenda)
        return;
    m_agenda = agenda;
    rebuild();
}

void PresentationModel::setGoalCount(int n)
{
    if (n == m_goalCount)
        return;
    m_goalCount = n;
    rebuild();
}

void PresentationModel::setActionCount(int n)
{
    if (n == m_actionCount)
        return;
    m_actionCount = n;
    rebuild();
}

void PresentationModel::setDecisionCount(int n)
{
    if (n == m_decisionCount)
        return;
    m_decisionCount = n;
    rebuild();
}

int PresentationModel::indexOfKind(const QString &kind) const
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).kind == kind)
            return i;
    }
    return -1;
}

QStringList PresentationModel::agendaLines(const QString &agenda)
{
    QStringList lines;
    for (const QString &l : agenda.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    }
    return lines;
}

QStringList PresentationModel::areasOfAgenda(const QString &agenda)
{
    static const QRegularExpression numbering(QStringLiteral("^(\\d+[.):]?|[-•*–])\\s*"));
    QStringList areas;
    for (QString line : agendaLines(agenda)) {
        line.remove(numbering);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        for (const QString &k : areasOfItem(colon < 0 ? line : line.left(colon))) {
            if (!areas.contains(k))
                areas << k;
        }
    }
    return areas;
}

void PresentationModel::rebuild()
{
    QList<Slide> slides;
    const QStringList lines = agendaLines(m_agenda);
    // Splits `n` items into slides of at most `per` (one slide, with no items, when there are none).
    auto add = [&slides](const QString &kind, int n, int per, const QStringList &all = {}) {
        const int pages = std::max(1, (n + per - 1) / per);
        for (int p = 0; p < pages; ++p) {
            Slide s{kind, p * per, std::min(per, n - p * per), p, pages, {}};
            s.count = std::max(0, s.count);
            if (!all.isEmpty())
                s.lines = all.mid(s.first, s.count);
            slides << s;
        }
    };
    if (!lines.isEmpty())
        add(QStringLiteral("agenda"), int(lines.size()), AgendaLinesPerSlide, lines);
    QStringList order = areasOfAgenda(m_agenda);
    for (const QString &k : standardOrder) {
        if (!order.contains(k))
            order << k;
    }
    for (const QString &k : order) {
        if (k == QLatin1String("goals"))
            add(k, m_goalCount, GoalsPerSlide);
        else if (k == QLatin1String("actions"))
            add(k, m_actionCount, ActionsPerSlide);
        else if (k == QLatin1String("followup"))
            add(k, m_decisionCount, DecisionsPerSlide);
        else
            add(k, 0, 1);
    }
    emit inputsChanged();
    if (slides == m_slides)
        return; // the same slides: the view keeps its place
    const bool countChanges = slides.size() != m_slides.size();
    beginResetModel();
    m_slides = slides;
    endResetModel();
    if (countChanges)
        emit countChanged();
}
