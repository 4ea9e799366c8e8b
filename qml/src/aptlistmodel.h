#pragma once
// One list of an APT meeting of the selected unit (Apt, backend): its agenda items, its
// decisions, the actions it follows up or the actions started since the previous meeting.
// A reload that keeps the same rows updates them in place, so a note being typed keeps focus.
#include "unitperiodmodel.h"

#include <QVariantMap>
#include <optional>

class AptListModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    // Items: how many are ticked as gone through.
    Q_PROPERTY(int coveredCount READ coveredCount NOTIFY reloaded)

public:
    enum Kind { Items, Decisions, FollowedUp, Created };
    Q_ENUM(Kind)
    enum Role { KeyRole = Qt::UserRole + 1, NumberRole, TitleRole, AreaRole, NoteRole, CoveredRole, BodyRole,
                ActionIdRole, ActionTextRole, OwnerRole, StatusRole, StatusTextRole, EndTextRole, LateRole };

    explicit AptListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    int coveredCount() const;
    // A row's fields by role name; an empty map for a row that is not there.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void meetingIdChanged();
    void kindChanged();

protected:
    void load() override;
    bool updateInPlace() override;

private:
    QList<QVariantMap> read() const;
    QString m_meetingId;
    Kind m_kind = Items;
    QList<QVariantMap> m_rows;
    std::optional<QList<QVariantMap>> m_next; // read by updateInPlace() for the reset that follows
};
