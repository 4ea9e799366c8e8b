#include "presentationmodel.h"

#include "apt.h"

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
// The slides an agenda item brings: by its area (apt_items.area), else by words in its title.
QStringList kindsOfArea(const QString &area, const QString &title)
{
    if (area == Apt::Goals)
        return {QStringLiteral("goals")};
    if (area == Apt::SickLeave)
        return {QStringLiteral("sickleave")};
    if (area == Apt::Budget)
        return {QStringLiteral("budget")};
    if (area == Apt::FollowUp)
        return {QStringLiteral("actions"), QStringLiteral("followup")};
    if (!area.isEmpty())
        return {};
    static const QRegularExpression numbering(QStringLiteral("^(\\d+[.):]?|[-•*–])\\s*"));
    QString name = title;
    name.remove(numbering);
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return areasOfItem(colon < 0 ? name : name.left(colon));
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
    QStringList areas;
    for (const QString &line : agendaLines(agenda)) {
        for (const QString &k : kindsOfArea(QString(), line)) {
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
    // The slides in the meeting's order: an area's kind once, at its first item; an "item"
    // slide (title and note) for an item of no figure area that has a note.
    QStringList order;
    QList<QStringList> itemSlides; // per entry of `order`: the item's lines, or empty
    auto addKind = [&order, &itemSlides](const QString &k) {
        if (!order.contains(k)) {
            order << k;
            itemSlides << QStringList();
        }
    };
    QStringList shownLines = lines;
    if (!m_items.isEmpty()) {
        shownLines.clear();
        for (const QVariant &v : m_items) {
            const QVariantMap item = v.toMap();
            const QString title = item.value(QStringLiteral("title")).toString().trimmed();
            const QString note = item.value(QStringLiteral("note")).toString().trimmed();
            const QStringList kinds = kindsOfArea(item.value(QStringLiteral("area")).toString(), title);
            if (!title.isEmpty())
                shownLines << title;
            for (const QString &k : kinds)
                addKind(k);
            if (kinds.isEmpty() && !note.isEmpty()) {
                order << QStringLiteral("item");
                itemSlides << QStringList{title, note};
            }
        }
    } else {
        for (const QString &k : areasOfAgenda(m_agenda))
            addKind(k);
    }
    if (!shownLines.isEmpty())
        add(QStringLiteral("agenda"), int(shownLines.size()), AgendaLinesPerSlide, shownLines);
    for (const QString &k : standardOrder)
        addKind(k);
    for (int i = 0; i < order.size(); ++i) {
        const QString &k = order.at(i);
        if (k == QLatin1String("item")) {
            slides << Slide{k, 0, 0, 0, 1, itemSlides.at(i)};
            continue;
        }
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
