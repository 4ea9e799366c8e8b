import QtQuick
import QtQuick.Controls
// A form whose Tab order goes against the reading order: the button under the two fields
// comes first in the chain, then Tab goes back up to the fields.
Rectangle { width: 400; height: 300; color: "white"
    Button { objectName: "save"; x: 10; y: 200; width: 120; height: 48; text: "Spara" }
    TextField { objectName: "first"; x: 10; y: 10; width: 200; height: 48; Accessible.name: "Förnamn" }
    TextField { objectName: "last"; x: 10; y: 80; width: 200; height: 48; Accessible.name: "Efternamn" }
}
