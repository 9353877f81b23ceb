"""What the parity and F1 scripts share: where the corpora are, and how lines are read."""
import os

SEP = "\u241f"  # a token delimiter that occurs in no input, so tokens with spaces stay unambiguous
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("WORKTEAM_SHARED", os.path.normpath(os.path.join(ROOT, "..", "shared")))
DEFAULT_WORKTEAM = "dotnet " + os.path.join(ROOT, "src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll")


def corpus(name):
    return os.path.join(SHARED, "corpora", "sighan2005", name)


def read_lines(path):
    """The same line split as .NET's ReadLine: \\r\\n, \\n or \\r end a line; a BOM is dropped."""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8-sig")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
