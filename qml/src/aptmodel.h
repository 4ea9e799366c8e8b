#pragma once
// APT meetings (arbetsplatsträffar) of the selected unit, newest first, and a standard agenda.
#include "unitperiodmodel.h"

#include <QUrl>

class AptModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { AptIdRole = Qt::UserRole + 1, DateRole, DateTextRole, TitleRole, AgendaRole,
                MinutesRole, DecisionsRole, ParticipantsRole, ClosedRole, AgendaTextRole };

    explicit AptModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The unit's standard agenda (Apt::standardAgenda: information, arbetsmiljö (SAM),
    // värdegrund, goals, sick leave, budget, follow-up of actions, other, unless the manager
    // changed it), one numbered item a line, with the unit's key figures of the period beside
    // goals, sick leave and budget: what "New APT" starts from.
    Q_INVOKABLE QString standardAgenda() const;
    // The same entries for the editor: [{title, area}].
    Q_INVOKABLE QVariantList standardAgendaEntries() const;
    // The meeting before `aptId` (the latest one when aptId is empty or unknown): title, dateText,
    // and decisions as a list of lines; an empty map when there is none.
    Q_INVOKABLE QVariantMap previousMeeting(const QString &aptId) const;
    // Row of a meeting id, -1 if none.
    Q_INVOKABLE int indexOf(const QString &aptId) const;
    // A row's fields as a map (aptId, date, title, agenda, minutes, decisions, participants
    // (text), closed, agendaText: the items' titles a line, or the agenda written before items).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The file name offered for a meeting's minutes: "APT <enhet> <datum>.pdf"; "" if unknown.
    Q_INVOKABLE QString minutesFileName(const QString &aptId) const;
    // Writes the minutes (minnesanteckningar) of a meeting of the selected unit as a PDF to `file`
    // (a local path or file: URL), as stored: flush the editor first. {ok, message} in plain words.
    Q_INVOKABLE QVariantMap saveMinutes(const QString &aptId, const QUrl &file) const;

protected:
    void load() override;

private:
    struct Row
    {
        QString id, date, title, agenda, minutes, decisions, participants;
        bool closed = false;
        QString agendaText;
        QStringList decisionLines; // the decisions' texts, or the lines of the free text
        QVariantList items;        // the agenda items: area, title, note (for the presentation)
    };
    QList<Row> m_rows;
};
