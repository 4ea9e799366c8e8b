#pragma once
// The slides of the APT presentation ("Visa på APT") in the meeting's order: an agenda slide,
// then the area slides (goals, sick leave, budget, open actions, last meeting's decisions) in
// the order the agenda names them, the rest after them in the standard order. A structured
// meeting (`items`: its agenda items with area, title and note) is followed item by item: an
// item of a figure area brings that area's slides, any other item with a note (information,
// arbetsmiljö, värdegrund, the manager's own) gets a slide of its own. A meeting without items
// is read from its agenda text. Long lists are split over several slides of the same kind, so
// nothing has to shrink or be cut off.
#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class PresentationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString agenda READ agenda WRITE setAgenda NOTIFY inputsChanged)
    Q_PROPERTY(QVariantList items READ items WRITE setItems NOTIFY inputsChanged)
    Q_PROPERTY(int goalCount READ goalCount WRITE setGoalCount NOTIFY inputsChanged)
    Q_PROPERTY(int actionCount READ actionCount WRITE setActionCount NOTIFY inputsChanged)
    Q_PROPERTY(int decisionCount READ decisionCount WRITE setDecisionCount NOTIFY inputsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, FirstRole, ItemCountRole, PageRole, PagesRole, LinesRole };
    // Items per slide, chosen so that each fits at 1280×800 and 1920×1080 with room to wrap.
    static constexpr int GoalsPerSlide = 4;
    static constexpr int ActionsPerSlide = 5;
    static constexpr int DecisionsPerSlide = 5;
    static constexpr int AgendaLinesPerSlide = 6;

    explicit PresentationModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_slides.size()); }

    QString agenda() const { return m_agenda; }
    void setAgenda(const QString &agenda) { setInput(m_agenda, agenda); }
    QVariantList items() const { return m_items; }
    void setItems(const QVariantList &items) { setInput(m_items, items); }
    int goalCount() const { return m_goalCount; }
    void setGoalCount(int n) { setInput(m_goalCount, n); }
    int actionCount() const { return m_actionCount; }
    void setActionCount(int n) { setInput(m_actionCount, n); }
    int decisionCount() const { return m_decisionCount; }
    void setDecisionCount(int n) { setInput(m_decisionCount, n); }

    // The row of the first slide of `kind` ("agenda", "goals", "sickleave", "budget",
    // "actions", "followup", "item"); -1 if none. An "item" slide's lines are the item's
    // title and note.
    Q_INVOKABLE int indexOfKind(const QString &kind) const;
    // The area slides an agenda names, in its order ("goals", "sickleave", "budget", "actions",
    // "followup"); an item is recognised by its name (the line without its number, before ':').
    static QStringList areasOfAgenda(const QString &agenda);
    // The agenda's items, one a line, without blank lines.
    static QStringList agendaLines(const QString &agenda);

signals:
    void inputsChanged();
    void countChanged();

private:
    struct Slide
    {
        QString kind;
        int first = 0;
        int count = 0;
        int page = 0;
        int pages = 1;
        QStringList lines;
        bool operator==(const Slide &o) const
        {
            return kind == o.kind && first == o.first && count == o.count && page == o.page && pages == o.pages && lines == o.lines;
        }
    };
    template<typename T>
    void setInput(T &member, const T &value)
    {
        if (member == value)
            return;
        member = value;
        rebuild();
    }
    void rebuild();
    QString m_agenda;
    QVariantList m_items;
    int m_goalCount = 0;
    int m_actionCount = 0;
    int m_decisionCount = 0;
    QList<Slide> m_slides;
};
