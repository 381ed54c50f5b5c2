"""The reviewer's loop: decisions on manifest entries (decisions.py), re-applying a manifest to
the original without new detection (reapply.py), comparing manifests (diff.py), and page areas
and kept-span boxes for PDFs (formats/pdf/areas.py). The visual report is in redact/report/."""
