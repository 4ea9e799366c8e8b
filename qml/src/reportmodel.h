#pragma once
// The Rapport page's view model: the report rounds on the device, the selected unit's report
// for the chosen round (status, the verksamhetschef's comment, the figures it shows: frozen at
// klar) and one list of it by `kind`: the sections asked for, the goals with their assessment
// and the computed status as a suggestion, or the subtree's units with their status (late
// marked) and sections, for review. Reads through Rounds (backend); writes go through Editor.
#include "unitperiodmodel.h"

#include <QUrl>
#include <QVariantMap>
#include <optional>

namespace ReportExport {
struct Content;
}

class ReportModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString roundId READ roundId WRITE setRoundId NOTIFY roundIdChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    // The signed-in user's role ("" on a device without a server: one user does everything).
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    // [{id, name, text}] newest first; the round shown is roundId, else the first.
    Q_PROPERTY(QVariantList rounds READ rounds NOTIFY reloaded)
    // The report: roundId, roundName, periodText, deadlineText, status, statusText, statusLine,
    // reviewComment, late, frozen, editable, canMarkDone, canTakeBack, isParent, canReview,
    // figures ([{label, value}]; not read for kind Units), figuresNote.
    Q_PROPERTY(QVariantMap info READ info NOTIFY reloaded)
    // [{key, title}] the assessment choices, "" first (not assessed).
    Q_PROPERTY(QVariantList assessmentChoices READ assessmentChoices CONSTANT)

public:
    // Units: the subtree's units with their status and sections; BySection: each section of the
    // round with every unit's text in it (entries [{name, code, statusText, body}], countText).
    enum Kind { Sections, Goals, Units, BySection };
    Q_ENUM(Kind)

    explicit ReportModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString roundId() const { return m_roundId; }
    void setRoundId(const QString &id);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString role() const { return m_role; }
    void setRole(const QString &role);
    QVariantList rounds() const { return m_rounds; }
    QVariantMap info() const { return m_info; }
    QVariantList assessmentChoices() const;
    // A row's fields by role name; an empty map for a row that is not there.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The compiled report of the round shown, for the unit and its subtree, as `format` ("pdf",
    // "odt", "xlsx"): the file name to suggest, and the export to `file` ({ok, message}; the
    // file is written whole or not at all).
    Q_INVOKABLE QString exportFileName(const QString &format) const;
    Q_INVOKABLE QVariantMap exportReport(const QString &format, const QUrl &file) const;

signals:
    void roundIdChanged();
    void kindChanged();
    void roleChanged();

protected:
    void load() override;
    bool updateInPlace() override;

private:
    QList<QVariantMap> read();
    // The compiled report of the round shown for the unit; nullopt with *error.
    std::optional<ReportExport::Content> compiled(QString *error) const;
    QString m_roundId;
    Kind m_kind = Sections;
    QString m_role;
    QVariantList m_rounds;
    QVariantMap m_info;
    QList<QVariantMap> m_rows;
    std::optional<QList<QVariantMap>> m_next;
};
