#include "dataimport.h"

#include "editor.h"
#include "importer.h"
#include "store.h"

#include <QFileInfo>
#include <QPointer>
#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<DataImport>, "QML must get the instance main() built");

namespace {
QPointer<DataImport> g_instance;

// What a manager writes on the device; everything else comes from the central systems.
bool managerKind(const QString &kind)
{
    return kind == QLatin1String("comments") || kind == QLatin1String("actions");
}

QString label(const QString &kind)
{
    if (kind == QLatin1String("units")) return DataImport::tr("Units (units.csv)");
    if (kind == QLatin1String("goals")) return DataImport::tr("Goals (goals.csv)");
    if (kind == QLatin1String("indicators")) return DataImport::tr("Indicators (indicators.csv)");
    if (kind == QLatin1String("targets")) return DataImport::tr("Targets (targets.csv)");
    if (kind == QLatin1String("values")) return DataImport::tr("Indicator values (values.csv)");
    if (kind == QLatin1String("sickleave")) return DataImport::tr("Sick leave (sickleave.csv)");
    if (kind == QLatin1String("budget")) return DataImport::tr("Budget and outcome (budget.csv)");
    if (kind == QLatin1String("actions")) return DataImport::tr("Actions (actions.csv)");
    if (kind == QLatin1String("comments")) return DataImport::tr("Comments and analyses (comments.csv)");
    return kind;
}
} // namespace

DataImport::DataImport(Store &store, HlcClock &clock, Editor *editor, std::function<bool()> hasServer,
                       QObject *parent)
    : QObject(parent), m_store(&store), m_clock(&clock), m_editor(editor), m_hasServer(std::move(hasServer))
{
    g_instance = this;
}

DataImport::DataImport(QObject *parent) : QObject(parent) {}

DataImport::~DataImport() = default;

DataImport *DataImport::instance()
{
    return g_instance;
}

DataImport *DataImport::create(QQmlEngine *, QJSEngine *)
{
    DataImport *d = g_instance ? g_instance.data() : new DataImport;
    QJSEngine::setObjectOwnership(d, QJSEngine::CppOwnership);
    return d;
}

QVariantList DataImport::kinds() const
{
    QVariantList out;
    for (const QString &k : Importer::kinds())
        out.append(QVariantMap{{QStringLiteral("key"), k}, {QStringLiteral("label"), label(k)},
                               {QStringLiteral("allowed"), allowed(k)}});
    return out;
}

bool DataImport::allowed(const QString &kind) const
{
    if (!m_store || !Importer::kinds().contains(kind))
        return false;
    return managerKind(kind) || !(m_hasServer && m_hasServer());
}

bool DataImport::finish(bool ok, const QString &message)
{
    m_ok = ok;
    m_message = message;
    emit messageChanged();
    return ok;
}

bool DataImport::importFile(const QString &kind, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_store)
        return finish(false, tr("Import is not available in this window."));
    if (!Importer::kinds().contains(kind))
        return finish(false, tr("Unknown kind of file: %1").arg(kind));
    if (!allowed(kind))
        return finish(false, tr("%1 are imported centrally on the server and reach this device when it syncs.")
                                 .arg(label(kind)));
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return finish(false, tr("No such file: %1").arg(path));
    const ImportResult r = Importer::importFile(*m_store, *m_clock, kind, path);
    if (!r.ok)
        return finish(false, tr("Nothing was imported. %1").arg(r.error));
    if (m_editor)
        m_editor->reload();
    return finish(true, tr("Imported %n row(s) from %1.", nullptr, r.rows).arg(QFileInfo(path).fileName()));
}
