import QtQuick
// A stand-in for the app's Card (the check knows a card by its type name).
Rectangle { color: "white"; border.color: "#888" }
