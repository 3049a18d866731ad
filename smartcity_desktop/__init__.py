"""Smart City Werkstatt: the desktop app for the workshops of a city's Smart City strategy."""

__version__ = "0.1.0"
APP_NAME = "Smart City Werkstatt"
APP_ID = "de.smartcity-werkstatt.desktop"
ORGANIZATION = "Smart City Werkstatt"
FILE_SUFFIX = ".scw"
