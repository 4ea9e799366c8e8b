#include "appsettings.h"

#include "format.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QStandardPaths>
#if QT_CONFIG(process)
#include <QProcess>
#endif
#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<AppSettings>, "QML must get the instance main() built");

namespace {
AppSettings *s_instance = nullptr;
} // namespace

AppSettings::AppSettings(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    s_instance = this;
    Fmt::setLanguage(options.language);
}

AppSettings::~AppSettings()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppSettings *AppSettings::instance()
{
    return s_instance;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppSettings::setDarkMode(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit themeChanged();
}

QString AppSettings::language() const
{
    return Fmt::language();
}

QString AppSettings::today() const
{
    return m_options.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_options.today;
}

bool AppSettings::canTryDemo() const
{
#if QT_CONFIG(process)
    return !m_options.demo;
#else
    return false;
#endif
}

bool AppSettings::tryDemo() const
{
#if QT_CONFIG(process)
    if (!canTryDemo())
        return false;
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
#else
    return false;
#endif
}

QUrl AppSettings::documentsFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(!docs.isEmpty() && QDir(docs).exists() ? docs : QDir::homePath());
}
