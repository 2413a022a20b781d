"""The one statement an export may carry: "made with AI", as the IPTC digital source type in XMP.

Light (no Pillow), so the export dialog and the command line's help can show the same words.
"""

from __future__ import annotations

AI_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
AI_XMP = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">\n'
    f"   <Iptc4xmpExt:DigitalSourceType>{AI_SOURCE_TYPE}</Iptc4xmpExt:DigitalSourceType>\n"
    "  </rdf:Description>\n"
    " </rdf:RDF>\n"
    "</x:xmpmeta>\n"
    '<?xpacket end="r"?>'
)
AI_LABEL_DEFAULT = True
AI_LABEL_TITLE = "Label the file as made with AI"
AI_LABEL_EXPLANATION = (
    "Writes one line into the file saying the picture was made with AI (the IPTC “digital source type”, which "
    "sites such as LinkedIn read to show an AI label). The EU AI Act asks for this on AI-made pictures from "
    "August 2026. Nothing else goes into the file: no name, place, camera or date."
)
