#include <QApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EnhetspulsPlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts in QML needs a QApplication
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Enhetspuls/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
