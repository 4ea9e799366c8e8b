import QtQuick
import QtQuick.Controls
// The same form in reading order, and two columns read column by column (Tab goes up again,
// but to the right: the next column).
Rectangle { width: 500; height: 300; color: "white"
    TextField { objectName: "first"; x: 10; y: 10; width: 200; height: 48; Accessible.name: "Förnamn" }
    TextField { objectName: "last"; x: 10; y: 80; width: 200; height: 48; Accessible.name: "Efternamn" }
    Button { objectName: "save"; x: 10; y: 200; width: 120; height: 48; text: "Spara" }
    TextField { objectName: "city"; x: 260; y: 10; width: 200; height: 48; Accessible.name: "Ort" }
    Button { objectName: "send"; x: 260; y: 80; width: 120; height: 48; text: "Skicka" }
}
