"""Benchmarks: each module prints its figures; `python -m bench` runs them all."""

import os

# One BLAS thread, set before any module here imports numpy: the learned models' fits
# (`train_splitter.newton`) solve small systems, where more threads only wait on each other
# and on a busy machine's other work: `python -m bench.carry` took 946 s of wall and 70 s of
# CPU with two threads, 216 s and 13 s with one (load 15). The app's entity service runs
# spaCy on one BLAS thread already (`reader.nlp.service`). A value set outside is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
