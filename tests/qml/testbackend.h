#pragma once
// What the Qt Quick Tests compare the pages with: figures read straight from FollowUp and Notes
// (not through the view models), and the sync state of rows. Published as EnhetspulsTest.Backend.
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QString>

class TestBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Sick leave year to date of the selected unit and period, formatted as the overview shows it.
    Q_INVOKABLE QString sickLeaveYtdText() const;
    // Budget deviation to date (net, signed tkr) of the selected unit and period.
    Q_INVOKABLE QString budgetYtdDeviationText() const;
    // Full-year forecast deviation (net budget − Σ forecasts) of the selected unit and period.
    Q_INVOKABLE QString forecastDeviationText() const;
    // The stored comment body for the selected unit and period, read from the database.
    Q_INVOKABLE QString storedComment(const QString &area, const QString &kind) const;
    // True when that comment row is marked as not yet synced (_dirty = 1).
    Q_INVOKABLE bool commentDirty(const QString &area, const QString &kind) const;
    // The id of the selected unit's action with this title ("" if none), and its status key.
    Q_INVOKABLE QString actionId(const QString &title) const;
    Q_INVOKABLE QString actionStatus(const QString &id) const;
    // The stored end date of an action ("" when none).
    Q_INVOKABLE QString actionEndDate(const QString &id) const;
    Q_INVOKABLE bool rowDirty(const QString &table, const QString &id) const;
    // A text column (title, agenda, minutes, decisions) of an APT meeting, read from the database.
    Q_INVOKABLE QString storedApt(const QString &id, const QString &column) const;
    // Number of APT meetings of the selected unit.
    Q_INVOKABLE int aptCount() const;
    // The meeting's agenda items / decisions as stored, in order: [{title, note, covered}] / [{body, actionId}].
    Q_INVOKABLE QVariantList storedAptItems(const QString &meetingId) const;
    Q_INVOKABLE QVariantList storedDecisions(const QString &meetingId) const;
    // An action's title, owner, end date and goal as stored ({} when there is none).
    Q_INVOKABLE QVariantMap storedAction(const QString &id) const;
    // The selected unit's report for the first report round as stored: its status, review
    // comment, snapshot (JSON) and the body of `section` ({} when there is no round).
    Q_INVOKABLE QVariantMap storedReport(const QString &section = {}) const;
    // $ENHETSPULS_TEST_SHOTS: where tests save grabs of what they show ("" = don't save).
    Q_INVOKABLE QString shotDir() const;
    // A file URL for `name` in a folder removed when the tests end.
    Q_INVOKABLE QUrl tempFile(const QString &name);
    // The text of a PDF file (pdftotext), "" when it is not one.
    Q_INVOKABLE QString pdfText(const QUrl &file) const;

private:
    QTemporaryDir m_temp;
};
