"""No biometrics anywhere: no face detection, landmarks, recognition or embeddings, in the code or its libraries.

The likeness tools work only from what the person ticks and sees. This scans the app's source, its
declared dependencies and the installed packages it imports for the libraries and calls that would
do face work, and fails on any.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import headshot_desktop

SOURCE = Path(headshot_desktop.__file__).parent
REPO = SOURCE.parent.parent
# Libraries whose purpose is finding or recognising faces, and the calls that do it in general-purpose ones.
LIBRARIES = ("face_recognition", "dlib", "mediapipe", "insightface", "deepface", "facenet", "mtcnn", "retinaface",
             "face_alignment", "openface", "cv2", "opencv", "onnxruntime", "torch", "tensorflow")  # fmt: skip
CALLS = re.compile(
    r"CascadeClassifier|haarcascade|detectMultiScale|face_locations|face_encodings|face_landmarks|FaceMesh|"
    r"FaceDetection|get_frontal_face_detector|shape_predictor|embedding|QFaceDetector|VNDetectFace",
    re.IGNORECASE,
)


def test_the_source_imports_no_face_library_and_makes_no_face_call() -> None:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            imported = re.match(r"\s*(?:from|import)\s+([\w.]+)", line)
            if imported and imported.group(1).split(".")[0].lower() in LIBRARIES:
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
            if CALLS.search(line):
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    assert not found, "face work in the source:\n" + "\n".join(found)


def test_no_declared_dependency_does_face_work() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    names = {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower().replace("-", "_") for d in declared}
    assert not names & {name.replace("-", "_") for name in LIBRARIES}, names & set(LIBRARIES)


def test_running_the_app_loads_no_face_library() -> None:
    import headshot_desktop.app  # noqa: F401  (the whole core, services, providers' light packages)

    loaded = {name.split(".")[0].lower() for name in sys.modules}
    assert not loaded & set(LIBRARIES)


def test_the_scan_finds_a_planted_face_call() -> None:
    # The scan can fail: the same search over code that finds faces finds it.
    assert CALLS.search("faces = cascade.detectMultiScale(gray, 1.1, 4)")
    assert CALLS.search("encodings = face_recognition.face_encodings(image)")
