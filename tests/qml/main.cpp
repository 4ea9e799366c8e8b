// tst_app_qml: Qt Quick Tests that drive the real pages over the demo data. A QApplication
// first (Qt Charts needs it), then quick_test_main_with_setup; every test file gets a fresh
// demo database and state objects (Runner::DemoState), built as `enhetspuls --demo` builds them.
#include "runner.h"
#include "services.h"
#include "testbackend.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(EnhetspulsPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    // Called once per test file with that file's engine: a fresh demo database and state.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_state.reset();
        m_services = std::make_unique<Services>();
        QString error;
        if (!m_services->open({}, true, demoDataDir({}), &error)) {
            fprintf(stderr, "tst_app_qml: %s\n", qPrintable(error));
            std::exit(2);
        }
        m_state = std::make_unique<Runner::DemoState>(*m_services, QStringLiteral("sv"));
        static TestBackend backend;
        static const bool registered = [] {
            qmlRegisterSingletonInstance("EnhetspulsTest", 1, 0, "Backend", &backend);
            return true;
        }();
        Q_UNUSED(registered)
    }
    void cleanupTestCase()
    {
        m_state.reset();
        m_services.reset();
    }

private:
    std::unique_ptr<Services> m_services;
    std::unique_ptr<Runner::DemoState> m_state;
};

int main(int argc, char **argv)
{
    // A home of its own: what the pages save (minutes, exported reports) goes to the documents
    // folder, and the tests' files must not land in the user's.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QApplication::setApplicationName(QStringLiteral("tst_app_qml"));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    Runner::installWarningCounter(); // like the self-test: any QML warning fails the run
    Setup setup;
    const int failed = quick_test_main_with_setup(argc, argv, "tst_app_qml", QUICK_TEST_SOURCE_DIR, &setup);
    if (Runner::warningCount() > 0)
        fprintf(stderr, "tst_app_qml: %d QML warnings\n", Runner::warningCount());
    return failed != 0 ? failed : Runner::warningCount() > 0 ? 1 : 0;
}

#include "main.moc"
