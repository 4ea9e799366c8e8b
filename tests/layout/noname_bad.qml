import QtQuick
import QtQuick.Controls
Rectangle { width: 400; height: 300; color: "white"
    ToolButton { objectName: "iconOnly"; x: 10; y: 10; width: 48; height: 48; icon.name: "go-previous" }
    TextField { objectName: "nameless"; x: 10; y: 100; width: 200; height: 48 }
    Rectangle { x: 250; y: 10; width: 48; height: 48; color: "#ddd"; activeFocusOnTab: true; MouseArea { anchors.fill: parent } }
}
