import QtQuick
import QtQuick.Controls
Rectangle { width: 400; height: 300; color: "white"
    ToolButton { x: 10; y: 10; width: 48; height: 48; icon.name: "go-previous"; Accessible.name: "Föregående månad" }
    TextField { x: 10; y: 100; width: 200; height: 48; Accessible.name: "Användarnamn" }
    TextField { x: 10; y: 160; width: 200; height: 48; Accessible.name: "Lösenord"; echoMode: TextInput.Password }
    Button { x: 250; y: 100; width: 100; height: 48; text: "Logga in" }
}
