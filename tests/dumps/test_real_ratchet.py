"""The real-text dumps: a ratchet. It prints the splitter's scores per shape for the
halves that may be read and fails when a figure falls below the floor it had reached, on
every half. Raise the floors as the splitter improves (the printed table has the new
figures); never lower one to let a change pass. The second-look halves' rows are not
printed, nor a failure's shape, metric or score on one of them: whoever runs the suite while
tuning the splitter must not see them (a candidate's totals on them are taken once, before it
lands)."""

from __future__ import annotations

import pytest

from bench.split_quality import SECOND_LOOK, load_cases, rows, score

JUDGES = SECOND_LOOK
"""The halves that judge a splitter change: scored, held to their floors, never shown."""

METRICS = (
    "count_ok",
    "title",
    "body_exact",
    "start",
    "end",
    "chrome",
    "lines_kept",
    "language",
    "meta_placed",
)
"""Dumps counted right; gold articles with the right title, whole body, first and last
paragraph; chrome lines kept out of bodies; non-blank lines kept; meta.language right; an
article's meta lines found in that article, not its neighbour."""

FLOORS = {
    ("tune", "classic"): (5, 19, 19, 19, 19, 6, 169, 19, 4),  # 5, 19, 6, 169
    ("tune", "clipper_markdown"): (10, 33, 33, 33, 33, 270, 465, 33, 298),  # 10, 33, 270, 465
    ("tune", "email_digest"): (17, 58, 58, 58, 58, 359, 544, 58, 154),  # 17, 58, 359, 544
    ("tune", "foreign_web"): (22, 74, 74, 74, 74, 534, 860, 74, 546),  # 22, 74, 534, 860
    ("tune", "lexisnexis"): (6, 22, 22, 22, 22, 249, 385, 22, 225),  # 6, 22, 249, 385
    ("tune", "long_intertitles"): (7, 15, 15, 15, 15, 0, 219, 15, 0),  # 7, 15, 0, 219
    ("tune", "nexis_factiva"): (12, 39, 39, 39, 39, 571, 742, 39, 437),  # 12, 39, 571, 742
    ("tune", "trailers"): (15, 70, 70, 70, 70, 102, 382, 70, 102),  # 15, 70, 102, 382
    ("tune", "all"): (94, 330, 330, 330, 330, 2091, 3766, 330, 1766),  # 94, 330, 2091, 3766
    ("heldout", "classic"): (3, 12, 12, 12, 12, 6, 178, 12, 4),  # 3, 12, 6, 178
    ("heldout", "clipper_markdown"): (3, 11, 11, 11, 11, 93, 173, 11, 112),  # 3, 11, 93, 173
    ("heldout", "email_digest"): (3, 12, 12, 12, 12, 66, 115, 12, 31),  # 3, 12, 66, 115
    ("heldout", "foreign_web"): (3, 14, 15, 16, 16, 104, 200, 16, 109),  # 4, 16, 106, 200
    ("heldout", "lexisnexis"): (3, 12, 12, 12, 12, 138, 195, 12, 125),  # 3, 12, 138, 195
    ("heldout", "long_intertitles"): (3, 8, 8, 8, 8, 0, 80, 8, 0),  # 3, 8, 0, 80
    ("heldout", "nexis_factiva"): (3, 10, 10, 10, 10, 154, 214, 10, 110),  # 3, 10, 154, 214
    ("heldout", "trailers"): (3, 12, 12, 12, 12, 13, 84, 12, 13),  # 3, 12, 13, 84
    ("heldout", "all"): (24, 91, 92, 93, 93, 574, 1239, 93, 504),  # 25, 93, 576, 1239
    ("fresh", "classic"): (2, 8, 8, 8, 8, 3, 30, 8, 0),  # 2, 8, 3, 30
    ("fresh", "clipper_markdown"): (2, 8, 8, 8, 8, 57, 78, 8, 56),  # 2, 8, 57, 78
    ("fresh", "email_digest"): (2, 8, 8, 8, 8, 43, 66, 8, 24),  # 2, 8, 43, 66
    ("fresh", "foreign_web"): (2, 8, 6, 6, 8, 58, 83, 8, 60),  # 2, 8, 60, 83
    ("fresh", "lexisnexis"): (2, 8, 8, 8, 8, 93, 130, 8, 80),  # 2, 8, 93, 130
    ("fresh", "long_intertitles"): (2, 6, 6, 6, 6, 0, 36, 6, 0),  # 2, 6, 0, 36
    ("fresh", "nexis_factiva"): (2, 8, 8, 8, 8, 100, 115, 8, 68),  # 2, 8, 100, 115
    ("fresh", "trailers"): (2, 8, 8, 8, 8, 11, 39, 8, 11),  # 2, 8, 11, 39
    ("fresh", "all"): (16, 62, 60, 60, 62, 365, 577, 62, 299),  # 16, 62, 367, 577
    ("fresh2", "email_digest"): (1, 5, 5, 5, 5, 28, 36, 5, 15),  # 1, 5, 28, 36
    ("fresh2", "foreign_web"): (2, 8, 9, 9, 9, 57, 81, 9, 55),  # 2, 9, 57, 81
    ("fresh2", "nexis_factiva"): (1, 4, 4, 4, 4, 49, 58, 4, 37),  # 1, 4, 49, 58
    ("fresh2", "trailers"): (1, 6, 6, 6, 6, 7, 26, 6, 7),  # 1, 6, 7, 26
    ("fresh2", "all"): (5, 23, 24, 24, 24, 141, 201, 24, 114),  # 5, 24, 141, 201
    ("fresh3", "classic"): (3, 13, 13, 13, 13, 9, 147, 12, 9),  # 3, 13, 9, 147
    ("fresh3", "clipper_markdown"): (2, 7, 7, 7, 7, 53, 103, 7, 54),  # 2, 7, 53, 103
    ("fresh3", "email_digest"): (3, 17, 17, 17, 17, 99, 126, 17, 51),  # 3, 17, 99, 126
    ("fresh3", "foreign_web"): (3, 13, 13, 13, 13, 73, 122, 12, 73),  # 3, 13, 73, 122
    ("fresh3", "lexisnexis"): (2, 9, 9, 9, 9, 100, 206, 9, 83),  # 2, 9, 100, 206
    ("fresh3", "long_intertitles"): (2, 7, 7, 7, 7, 7, 132, 7, 7),  # 2, 7, 7, 132
    ("fresh3", "nexis_factiva"): (2, 8, 8, 8, 8, 139, 182, 8, 121),  # 2, 8, 139, 182
    ("fresh3", "trailers"): (2, 12, 12, 12, 12, 15, 66, 12, 15),  # 2, 12, 15, 66
    ("fresh3", "all"): (19, 86, 86, 86, 86, 495, 1084, 84, 413),  # 19, 86, 495, 1084
    ("fresh4", "classic"): (3, 14, 14, 14, 14, 0, 74, 14, 0),  # 3, 14, 0, 74
    ("fresh4", "clipper_markdown"): (2, 8, 7, 7, 8, 80, 119, 8, 85),  # 2, 8, 80, 119
    ("fresh4", "email_digest"): (3, 18, 18, 18, 18, 94, 121, 18, 42),  # 3, 18, 94, 121
    ("fresh4", "foreign_web"): (3, 14, 14, 14, 14, 69, 101, 14, 71),  # 3, 14, 69, 101
    ("fresh4", "lexisnexis"): (2, 10, 10, 10, 10, 93, 131, 10, 77),  # 2, 10, 93, 131
    ("fresh4", "long_intertitles"): (2, 7, 6, 7, 7, 8, 43, 7, 9),  # 2, 7, 8, 43
    ("fresh4", "nexis_factiva"): (2, 10, 10, 10, 10, 91, 121, 10, 75),  # 2, 10, 91, 121
    ("fresh4", "trailers"): (3, 16, 16, 16, 16, 17, 52, 16, 17),  # 3, 16, 17, 52
    ("fresh4", "all"): (20, 97, 95, 96, 97, 452, 762, 97, 376),  # 20, 97, 452, 762
    ("fresh5", "classic"): (3, 14, 14, 14, 14, 4, 84, 14, 0),  # 3, 14, 4, 84
    ("fresh5", "clipper_markdown"): (2, 7, 6, 6, 7, 32, 69, 7, 32),  # 2, 7, 32, 69
    ("fresh5", "email_digest"): (3, 16, 16, 16, 16, 65, 92, 16, 27),  # 3, 16, 65, 93
    ("fresh5", "foreign_web"): (3, 11, 9, 9, 13, 60, 103, 13, 61),  # 3, 13, 65, 103
    ("fresh5", "lexisnexis"): (2, 10, 8, 8, 10, 102, 180, 10, 85),  # 2, 10, 102, 180
    ("fresh5", "long_intertitles"): (2, 9, 9, 9, 9, 9, 65, 9, 9),  # 2, 9, 9, 65
    ("fresh5", "nexis_factiva"): (2, 9, 7, 7, 9, 130, 173, 9, 113),  # 2, 9, 130, 173
    ("fresh5", "trailers"): (2, 16, 13, 14, 16, 17, 71, 16, 18),  # 3, 17, 18, 71
    ("fresh5", "all"): (19, 92, 82, 83, 94, 420, 837, 94, 345),  # 20, 95, 425, 838
    ("fresh6", "classic"): (1, 12, 9, 12, 12, 0, 139, 15, 0),  # 3, 16, 4, 139
    ("fresh6", "clipper_markdown"): (2, 9, 9, 9, 9, 38, 146, 9, 38),  # 2, 9, 38, 146
    ("fresh6", "email_digest"): (2, 11, 10, 11, 10, 49, 101, 14, 30),  # 3, 15, 60, 101
    ("fresh6", "foreign_web"): (3, 13, 10, 10, 11, 49, 124, 12, 55),  # 3, 13, 55, 124
    ("fresh6", "lexisnexis"): (2, 9, 9, 9, 9, 99, 518, 9, 91),  # 2, 9, 99, 518
    ("fresh6", "long_intertitles"): (2, 8, 7, 7, 8, 8, 169, 8, 8),  # 2, 8, 8, 169
    ("fresh6", "nexis_factiva"): (1, 9, 9, 9, 9, 123, 221, 8, 95),  # 2, 9, 125, 221
    ("fresh6", "trailers"): (2, 14, 10, 15, 11, 12, 178, 15, 15),  # 3, 16, 16, 178
    ("fresh6", "all"): (15, 85, 73, 82, 79, 378, 1596, 90, 332),  # 20, 95, 405, 1596
    ("fresh7", "classic"): (2, 13, 13, 13, 13, 8, 200, 15, 0),  # 3, 16, 8, 200
    ("fresh7", "clipper_markdown"): (2, 10, 10, 10, 10, 72, 170, 10, 79),  # 2, 10, 72, 170
    ("fresh7", "email_digest"): (2, 13, 13, 13, 14, 71, 111, 15, 34),  # 3, 15, 76, 113
    ("fresh7", "foreign_web"): (2, 12, 13, 13, 13, 53, 113, 13, 53),  # 3, 15, 53, 113
    ("fresh7", "lexisnexis"): (2, 9, 4, 9, 4, 92, 150, 9, 93),  # 2, 9, 97, 150
    ("fresh7", "long_intertitles"): (2, 8, 8, 8, 8, 8, 123, 8, 8),  # 2, 8, 8, 123
    ("fresh7", "nexis_factiva"): (2, 9, 9, 9, 9, 76, 117, 9, 66),  # 2, 9, 76, 117
    ("fresh7", "trailers"): (2, 13, 12, 14, 12, 15, 112, 15, 14),  # 3, 15, 16, 112
    ("fresh7", "all"): (16, 87, 82, 89, 83, 395, 1096, 94, 347),  # 20, 97, 406, 1098
    ("fresh8", "classic"): (3, 13, 13, 13, 13, 7, 112, 13, 0),  # 3, 13, 7, 112
    ("fresh8", "clipper_markdown"): (2, 8, 7, 7, 8, 67, 153, 8, 72),  # 2, 8, 68, 153
    ("fresh8", "email_digest"): (2, 5, 7, 10, 7, 62, 99, 14, 29),  # 3, 14, 73, 99
    ("fresh8", "foreign_web"): (2, 12, 11, 12, 11, 54, 138, 12, 52),  # 3, 12, 54, 138
    ("fresh8", "lexisnexis"): (2, 10, 10, 10, 10, 95, 155, 10, 90),  # 2, 10, 95, 155
    ("fresh8", "long_intertitles"): (3, 9, 11, 11, 11, 14, 123, 11, 14),  # 3, 11, 14, 123
    ("fresh8", "nexis_factiva"): (2, 9, 9, 9, 9, 88, 183, 9, 72),  # 2, 9, 88, 183
    ("fresh8", "trailers"): (3, 12, 12, 14, 12, 17, 105, 14, 15),  # 3, 14, 18, 105
    ("fresh8", "all"): (20, 78, 81, 86, 82, 407, 1068, 91, 346),  # 21, 91, 417, 1068
    ("fresh14", "classic"): (1, 6, 6, 7, 6, 0, 240, 8, 0),  # 2, 8, 0, 240
    ("fresh14", "clipper_markdown"): (2, 7, 5, 6, 7, 41, 338, 7, 47),  # 2, 7, 41, 338
    ("fresh14", "email_digest"): (2, 10, 10, 10, 10, 42, 58, 10, 15),  # 2, 10, 42, 59
    ("fresh14", "foreign_web"): (1, 8, 8, 8, 7, 40, 325, 8, 38),  # 2, 8, 40, 325
    ("fresh14", "lexisnexis"): (2, 6, 4, 6, 3, 53, 448, 6, 42),  # 2, 6, 53, 448
    ("fresh14", "long_intertitles"): (3, 17, 15, 15, 16, 15, 575, 17, 17),  # 4, 17, 15, 575
    ("fresh14", "nexis_factiva"): (2, 6, 5, 6, 6, 58, 276, 6, 45),  # 2, 6, 58, 276
    ("fresh14", "trailers"): (2, 8, 7, 8, 7, 8, 249, 8, 8),  # 2, 8, 8, 249
    ("fresh14", "all"): (15, 68, 60, 66, 62, 257, 2509, 70, 212),  # 18, 70, 257, 2510
    ("fresh15", "classic"): (0, 7, 4, 7, 5, 4, 595, 8, 0),  # 2, 8, 4, 595
    ("fresh15", "clipper_markdown"): (2, 8, 8, 8, 8, 44, 283, 8, 48),  # 2, 8, 44, 283
    ("fresh15", "email_digest"): (1, 8, 7, 8, 8, 35, 61, 10, 20),  # 2, 10, 37, 61
    ("fresh15", "foreign_web"): (2, 6, 1, 6, 5, 39, 212, 8, 43),  # 2, 8, 47, 212
    ("fresh15", "lexisnexis"): (2, 6, 6, 6, 6, 49, 345, 6, 42),  # 2, 6, 49, 345
    ("fresh15", "long_intertitles"): (3, 14, 10, 14, 14, 13, 651, 16, 15),  # 4, 16, 13, 651
    ("fresh15", "nexis_factiva"): (2, 6, 2, 4, 6, 53, 242, 6, 45),  # 2, 6, 54, 242
    ("fresh15", "trailers"): (1, 7, 7, 8, 7, 8, 236, 8, 7),  # 2, 8, 8, 236
    ("fresh15", "all"): (13, 62, 45, 61, 59, 245, 2625, 70, 220),  # 18, 70, 256, 2625
    ("fresh16", "classic"): (5, 12, 12, 14, 13, 94, 436, 15, 96),  # 5, 15, 97, 436
    ("fresh16", "email_digest"): (5, 27, 26, 26, 27, 123, 178, 26, 72),  # 5, 27, 123, 179
    ("fresh16", "foreign_web"): (4, 12, 11, 12, 12, 88, 802, 14, 88),  # 4, 14, 91, 802
    ("fresh16", "trailers"): (5, 19, 17, 20, 16, 19, 357, 20, 18),  # 5, 20, 20, 357
    ("fresh16", "all"): (19, 73, 68, 72, 72, 327, 1773, 75, 285),  # 19, 76, 331, 1774
    ("fresh17", "classic"): (4, 10, 8, 13, 9, 78, 355, 15, 85),  # 5, 15, 89, 355
    ("fresh17", "email_digest"): (3, 18, 21, 23, 23, 116, 171, 26, 62),  # 5, 26, 119, 171
    ("fresh17", "foreign_web"): (3, 6, 7, 13, 8, 93, 506, 14, 84),  # 4, 14, 94, 506
    ("fresh17", "trailers"): (1, 14, 11, 15, 12, 16, 212, 20, 18),  # 5, 20, 20, 212
    ("fresh17", "all"): (11, 48, 47, 64, 52, 303, 1244, 75, 249),  # 19, 75, 322, 1244
    ("fresh18", "classic"): (1, 5, 4, 4, 6, 3, 462, 7, 0),  # 2, 7, 3, 462
    ("fresh18", "clipper_markdown"): (2, 6, 6, 6, 6, 39, 469, 6, 39),  # 2, 6, 39, 469
    ("fresh18", "email_digest"): (2, 10, 10, 10, 10, 49, 64, 10, 25),  # 2, 10, 49, 64
    ("fresh18", "foreign_web"): (4, 15, 14, 15, 15, 107, 1031, 15, 107),  # 4, 15, 107, 1031
    ("fresh18", "lexisnexis"): (2, 6, 6, 6, 6, 56, 836, 6, 45),  # 2, 6, 56, 836
    ("fresh18", "long_intertitles"): (3, 15, 14, 15, 15, 20, 1076, 16, 20),  # 4, 16, 20, 1076
    ("fresh18", "nexis_factiva"): (2, 6, 6, 6, 6, 58, 460, 6, 45),  # 2, 6, 58, 460
    ("fresh18", "trailers"): (0, 7, 5, 7, 6, 8, 642, 8, 7),  # 2, 8, 8, 642
    ("fresh18", "all"): (17, 70, 65, 69, 70, 340, 5040, 74, 288),  # 20, 74, 340, 5040
    ("fresh21", "classic"): (3, 11, 11, 11, 10, 14, 192, 11, 11),  # 3, 11, 14, 192
    ("fresh21", "clipper_markdown"): (2, 6, 6, 6, 6, 25, 97, 6, 23),  # 2, 6, 25, 97
    ("fresh21", "email_digest"): (2, 12, 12, 12, 12, 57, 85, 12, 32),  # 3, 12, 62, 85
    ("fresh21", "foreign_web"): (3, 11, 10, 9, 10, 49, 151, 11, 47),  # 3, 11, 49, 151
    ("fresh21", "lexisnexis"): (2, 7, 7, 8, 6, 75, 273, 8, 68),  # 2, 8, 75, 273
    ("fresh21", "long_intertitles"): (3, 11, 11, 10, 10, 11, 122, 11, 11),  # 3, 11, 11, 122
    ("fresh21", "nexis_factiva"): (1, 8, 8, 8, 7, 73, 160, 8, 58),  # 2, 8, 73, 160
    ("fresh21", "trailers"): (2, 9, 8, 8, 8, 9, 71, 9, 9),  # 2, 9, 9, 71
    ("fresh21", "all"): (18, 75, 73, 72, 69, 313, 1151, 76, 259),  # 20, 76, 318, 1151
    ("fresh22", "classic"): (1, 10, 8, 9, 9, 12, 132, 11, 7),  # 3, 11, 12, 132
    ("fresh22", "clipper_markdown"): (2, 6, 5, 6, 5, 27, 79, 6, 27),  # 2, 6, 27, 79
    ("fresh22", "email_digest"): (2, 6, 9, 10, 11, 48, 76, 12, 26),  # 3, 12, 53, 76
    ("fresh22", "foreign_web"): (2, 4, 3, 8, 7, 50, 192, 11, 43),  # 3, 11, 52, 192
    ("fresh22", "lexisnexis"): (2, 8, 8, 8, 8, 68, 194, 8, 60),  # 2, 8, 68, 194
    ("fresh22", "long_intertitles"): (0, 9, 4, 8, 6, 11, 228, 11, 11),  # 3, 11, 11, 228
    ("fresh22", "nexis_factiva"): (2, 7, 6, 6, 7, 61, 154, 8, 60),  # 2, 8, 75, 154
    ("fresh22", "trailers"): (1, 5, 3, 5, 4, 7, 107, 9, 8),  # 2, 9, 9, 107
    ("fresh22", "all"): (12, 55, 46, 60, 57, 284, 1162, 76, 242),  # 20, 76, 307, 1162
    ("fresh23", "classic"): (2, 8, 11, 8, 8, 20, 112, 11, 14),  # 3, 11, 20, 112
    ("fresh23", "clipper_markdown"): (2, 4, 7, 7, 7, 22, 61, 7, 19),  # 2, 7, 22, 61
    ("fresh23", "email_digest"): (2, 12, 12, 12, 12, 61, 89, 12, 32),  # 3, 12, 66, 89
    ("fresh23", "foreign_web"): (3, 11, 11, 11, 11, 48, 109, 11, 51),  # 3, 11, 48, 109
    ("fresh23", "lexisnexis"): (2, 7, 7, 7, 7, 67, 161, 7, 60),  # 2, 7, 67, 161
    ("fresh23", "long_intertitles"): (2, 9, 9, 9, 8, 10, 167, 10, 10),  # 3, 10, 10, 167
    ("fresh23", "nexis_factiva"): (2, 7, 7, 7, 7, 65, 99, 7, 53),  # 2, 7, 65, 99
    ("fresh23", "trailers"): (2, 9, 9, 9, 9, 9, 52, 9, 9),  # 2, 9, 9, 52
    ("fresh23", "all"): (17, 67, 73, 70, 69, 302, 850, 74, 248),  # 20, 74, 307, 850
    ("fresh24", "classic"): (2, 10, 4, 10, 6, 13, 207, 10, 18),  # 3, 10, 21, 207
    ("fresh24", "clipper_markdown"): (1, 4, 4, 4, 5, 20, 153, 7, 8),  # 2, 7, 20, 153
    ("fresh24", "email_digest"): (2, 8, 8, 9, 9, 45, 75, 12, 24),  # 3, 12, 48, 75
    ("fresh24", "foreign_web"): (2, 5, 8, 10, 8, 46, 252, 11, 40),  # 3, 11, 48, 252
    ("fresh24", "lexisnexis"): (2, 7, 6, 7, 7, 63, 384, 7, 56),  # 2, 7, 63, 384
    ("fresh24", "long_intertitles"): (3, 10, 9, 10, 9, 10, 293, 10, 10),  # 3, 10, 10, 293
    ("fresh24", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 187, 7, 53),  # 2, 7, 68, 187
    ("fresh24", "trailers"): (2, 9, 7, 9, 7, 7, 95, 9, 9),  # 2, 9, 9, 95
    ("fresh24", "all"): (16, 60, 53, 66, 58, 272, 1646, 73, 218),  # 20, 73, 287, 1646
    ("fresh25", "classic"): (2, 11, 10, 11, 10, 20, 175, 11, 14),  # 3, 11, 20, 175
    ("fresh25", "clipper_markdown"): (2, 7, 7, 7, 7, 19, 98, 7, 19),  # 2, 7, 19, 98
    ("fresh25", "email_digest"): (3, 12, 12, 12, 11, 65, 87, 12, 32),  # 3, 12, 66, 87
    ("fresh25", "foreign_web"): (3, 11, 11, 11, 11, 48, 214, 11, 51),  # 3, 11, 48, 214
    ("fresh25", "lexisnexis"): (2, 7, 7, 7, 7, 67, 229, 7, 60),  # 2, 7, 67, 229
    ("fresh25", "long_intertitles"): (1, 8, 9, 8, 9, 10, 231, 10, 8),  # 3, 10, 10, 231
    ("fresh25", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 226, 7, 53),  # 2, 7, 68, 226
    ("fresh25", "trailers"): (1, 8, 8, 8, 8, 9, 80, 9, 9),  # 2, 9, 9, 80
    ("fresh25", "all"): (16, 71, 71, 71, 70, 306, 1340, 74, 246),  # 20, 74, 307, 1340
    ("fresh26", "classic"): (2, 7, 9, 10, 10, 17, 201, 11, 11),  # 3, 11, 17, 201
    ("fresh26", "clipper_markdown"): (2, 7, 7, 7, 7, 25, 166, 7, 22),  # 2, 7, 25, 166
    ("fresh26", "email_digest"): (1, 3, 8, 10, 10, 41, 69, 12, 24),  # 3, 12, 54, 69
    ("fresh26", "foreign_web"): (1, 3, 1, 8, 7, 39, 466, 10, 39),  # 3, 10, 47, 466
    ("fresh26", "lexisnexis"): (2, 6, 6, 6, 6, 57, 695, 6, 51),  # 2, 6, 57, 695
    ("fresh26", "long_intertitles"): (1, 7, 5, 7, 7, 7, 475, 9, 9),  # 3, 9, 9, 475
    ("fresh26", "nexis_factiva"): (1, 5, 5, 6, 6, 66, 216, 7, 53),  # 2, 7, 68, 216
    ("fresh26", "trailers"): (0, 8, 5, 8, 5, 8, 129, 8, 5),  # 2, 8, 8, 129
    ("fresh26", "all"): (10, 46, 46, 62, 58, 260, 2417, 70, 214),  # 20, 70, 285, 2417
    ("fresh27", "classic"): (3, 12, 12, 12, 12, 19, 138, 12, 12),  # 3, 12, 19, 138
    ("fresh27", "clipper_markdown"): (2, 7, 7, 7, 7, 29, 81, 7, 26),  # 2, 7, 29, 81
    ("fresh27", "email_digest"): (3, 12, 12, 12, 12, 56, 80, 12, 28),  # 3, 12, 56, 80
    ("fresh27", "foreign_web"): (3, 8, 10, 10, 12, 80, 170, 12, 86),  # 3, 12, 83, 170
    ("fresh27", "lexisnexis"): (2, 7, 7, 7, 7, 67, 157, 7, 60),  # 2, 7, 67, 157
    ("fresh27", "long_intertitles"): (3, 11, 11, 11, 11, 15, 124, 11, 15),  # 3, 11, 15, 124
    ("fresh27", "nexis_factiva"): (2, 8, 8, 8, 8, 74, 134, 8, 60),  # 2, 8, 74, 134
    ("fresh27", "trailers"): (2, 9, 9, 9, 9, 14, 67, 9, 14),  # 2, 9, 14, 67
    ("fresh27", "all"): (20, 78, 78, 78, 78, 357, 951, 78, 301),  # 20, 78, 357, 951
    ("fresh28", "classic"): (3, 6, 9, 9, 9, 14, 125, 9, 9),  # 3, 9, 14, 125
    ("fresh28", "clipper_markdown"): (2, 3, 6, 6, 6, 24, 74, 6, 25),  # 2, 6, 24, 74
    ("fresh28", "email_digest"): (1, 11, 10, 11, 10, 48, 79, 11, 29),  # 3, 11, 58, 79
    ("fresh28", "foreign_web"): (3, 10, 7, 10, 10, 61, 137, 10, 64),  # 3, 10, 64, 137
    ("fresh28", "lexisnexis"): (2, 6, 6, 6, 6, 57, 150, 6, 51),  # 2, 6, 57, 150
    ("fresh28", "long_intertitles"): (3, 9, 9, 9, 9, 13, 96, 9, 14),  # 3, 9, 13, 96
    ("fresh28", "nexis_factiva"): (2, 6, 6, 6, 7, 59, 123, 7, 57),  # 2, 7, 71, 123
    ("fresh28", "trailers"): (2, 8, 8, 8, 8, 12, 55, 8, 12),  # 2, 8, 12, 55
    ("fresh28", "all"): (18, 59, 61, 65, 65, 288, 839, 66, 261),  # 20, 66, 313, 839
    ("fresh29", "classic"): (2, 5, 5, 6, 5, 3, 139, 6, 3),  # 2, 6, 3, 139
    ("fresh29", "clipper_markdown"): (2, 6, 6, 6, 6, 46, 131, 6, 51),  # 2, 6, 46, 131
    ("fresh29", "foreign_web"): (3, 14, 5, 9, 7, 232, 1067, 20, 315),  # 6, 21, 368, 1067
    ("fresh29", "all"): (7, 25, 16, 21, 18, 281, 1337, 32, 369),  # 10, 33, 417, 1337
    ("fresh30", "classic"): (1, 3, 2, 3, 4, 3, 191, 6, 3),  # 2, 6, 3, 191
    ("fresh30", "clipper_markdown"): (2, 6, 4, 5, 5, 45, 182, 6, 45),  # 2, 6, 45, 182
    ("fresh30", "foreign_web"): (2, 12, 5, 9, 7, 127, 594, 16, 141),  # 5, 18, 157, 594
    ("fresh30", "all"): (5, 21, 11, 17, 16, 175, 967, 28, 189),  # 9, 30, 205, 967
    ("fresh31", "classic"): (2, 9, 8, 9, 9, 11, 52, 13, 8),  # 3, 13, 11, 52
    ("fresh31", "clipper_markdown"): (1, 5, 4, 4, 5, 13, 68, 6, 10),  # 2, 6, 14, 68
    ("fresh31", "email_digest"): (1, 11, 12, 12, 12, 49, 75, 13, 30),  # 3, 13, 50, 75
    ("fresh31", "foreign_web"): (1, 8, 11, 12, 11, 216, 330, 12, 134),  # 4, 12, 217, 330
    ("fresh31", "lexisnexis"): (2, 6, 6, 6, 6, 53, 130, 6, 48),  # 2, 6, 53, 130
    ("fresh31", "long_intertitles"): (2, 6, 5, 6, 6, 6, 193, 6, 6),  # 2, 6, 6, 193
    ("fresh31", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 124, 7, 53),  # 2, 7, 68, 124
    ("fresh31", "trailers"): (2, 8, 6, 8, 6, 6, 39, 8, 8),  # 2, 8, 8, 39
    ("fresh31", "all"): (13, 60, 59, 64, 62, 422, 1011, 71, 297),  # 20, 71, 427, 1011
    ("fresh32", "classic"): (1, 4, 3, 4, 4, 3, 34, 6, 3),  # 2, 6, 3, 34
    ("fresh32", "clipper_markdown"): (2, 6, 6, 6, 6, 15, 83, 6, 15),  # 2, 6, 15, 83
    ("fresh32", "email_digest"): (3, 10, 10, 10, 11, 39, 61, 11, 22),  # 3, 11, 40, 61
    ("fresh32", "foreign_web"): (3, 11, 13, 11, 13, 85, 156, 13, 85),  # 4, 13, 85, 156
    ("fresh32", "lexisnexis"): (2, 6, 6, 6, 6, 49, 115, 6, 45),  # 2, 6, 49, 115
    ("fresh32", "long_intertitles"): (2, 6, 5, 6, 6, 6, 86, 6, 6),  # 2, 6, 6, 86
    ("fresh32", "nexis_factiva"): (2, 7, 6, 7, 7, 64, 149, 7, 53),  # 2, 7, 64, 149
    ("fresh32", "trailers"): (2, 6, 6, 6, 6, 6, 36, 6, 6),  # 2, 6, 6, 36
    ("fresh32", "all"): (18, 58, 55, 58, 59, 267, 720, 61, 235),  # 19, 61, 268, 720
    ("fresh33", "classic"): (1, 6, 0, 10, 0, 10, 241, 11, 7),  # 3, 11, 10, 241
    ("fresh33", "clipper_markdown"): (2, 6, 2, 4, 5, 25, 153, 6, 27),  # 2, 6, 27, 153
    ("fresh33", "email_digest"): (2, 4, 4, 4, 9, 40, 74, 9, 22),  # 3, 12, 47, 74
    ("fresh33", "foreign_web"): (3, 9, 0, 7, 0, 152, 455, 11, 179),  # 4, 13, 184, 455
    ("fresh33", "lexisnexis"): (2, 6, 2, 6, 2, 51, 151, 6, 45),  # 2, 6, 51, 151
    ("fresh33", "long_intertitles"): (0, 1, 0, 2, 0, 6, 207, 6, 6),  # 2, 6, 6, 207
    ("fresh33", "nexis_factiva"): (1, 1, 0, 2, 1, 47, 239, 6, 45),  # 2, 6, 58, 239
    ("fresh33", "trailers"): (1, 2, 0, 2, 1, 8, 220, 8, 5),  # 2, 8, 8, 220
    ("fresh33", "all"): (12, 35, 8, 37, 18, 339, 1740, 63, 336),  # 20, 68, 391, 1740
    ("fresh34", "classic"): (0, 11, 5, 8, 7, 20, 813, 13, 21),  # 3, 13, 22, 813
    ("fresh34", "clipper_markdown"): (2, 6, 3, 5, 6, 33, 359, 6, 38),  # 2, 6, 38, 359
    ("fresh34", "email_digest"): (2, 13, 13, 13, 13, 49, 72, 13, 30),  # 3, 13, 50, 72
    ("fresh34", "foreign_web"): (1, 11, 1, 2, 6, 66, 940, 12, 207),  # 4, 12, 125, 940
    ("fresh34", "lexisnexis"): (2, 6, 5, 6, 6, 54, 492, 6, 48),  # 2, 6, 54, 492
    ("fresh34", "long_intertitles"): (0, 5, 1, 6, 3, 6, 585, 6, 6),  # 2, 6, 6, 585
    ("fresh34", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 451, 7, 53),  # 2, 7, 68, 451
    ("fresh34", "trailers"): (0, 7, 4, 7, 4, 6, 411, 8, 6),  # 2, 8, 8, 411
    ("fresh34", "all"): (9, 66, 39, 54, 52, 302, 4123, 71, 409),  # 20, 71, 371, 4123
    ("fresh35", "classic"): (3, 9, 8, 9, 9, 11, 96, 13, 8),  # 3, 13, 11, 96
    ("fresh35", "clipper_markdown"): (2, 6, 6, 6, 6, 23, 70, 6, 24),  # 2, 6, 23, 70
    ("fresh35", "email_digest"): (2, 13, 13, 13, 13, 49, 74, 13, 30),  # 3, 13, 50, 74
    ("fresh35", "foreign_web"): (3, 14, 13, 14, 13, 246, 337, 14, 231),  # 4, 14, 249, 337
    ("fresh35", "lexisnexis"): (2, 6, 6, 6, 6, 51, 123, 6, 45),  # 2, 6, 51, 123
    ("fresh35", "long_intertitles"): (1, 4, 4, 4, 5, 6, 156, 6, 5),  # 2, 6, 6, 156
    ("fresh35", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 134, 7, 53),  # 2, 7, 68, 134
    ("fresh35", "trailers"): (2, 8, 7, 8, 7, 7, 24, 8, 8),  # 2, 8, 8, 24
    ("fresh35", "all"): (17, 67, 64, 67, 66, 461, 1014, 73, 404),  # 20, 73, 466, 1014
    ("fresh37", "classic"): (0, 9, 6, 11, 8, 30, 714, 12, 29),  # 3, 12, 36, 714
    ("fresh37", "clipper_markdown"): (2, 6, 6, 6, 6, 35, 186, 6, 35),  # 2, 6, 35, 186
    ("fresh37", "email_digest"): (2, 6, 4, 6, 8, 34, 331, 14, 41),  # 4, 14, 54, 331
    ("fresh37", "foreign_web"): (1, 5, 3, 7, 3, 162, 282, 7, 132),  # 2, 7, 162, 282
    ("fresh37", "lexisnexis"): (2, 6, 5, 6, 6, 54, 269, 6, 48),  # 2, 6, 54, 269
    ("fresh37", "long_intertitles"): (2, 6, 5, 6, 5, 9, 454, 6, 9),  # 2, 6, 9, 454
    ("fresh37", "nexis_factiva"): (2, 7, 7, 7, 7, 68, 160, 7, 53),  # 2, 7, 68, 160
    ("fresh37", "trailers"): (1, 11, 4, 12, 5, 24, 821, 12, 16),  # 3, 12, 27, 821
    ("fresh37", "all"): (12, 56, 40, 61, 48, 416, 3217, 70, 363),  # 20, 70, 445, 3217
    ("fresh38", "classic"): (2, 11, 7, 11, 10, 41, 308, 13, 36),  # 3, 13, 41, 308
    ("fresh38", "clipper_markdown"): (2, 6, 6, 6, 6, 21, 147, 6, 21),  # 2, 6, 21, 147
    ("fresh38", "email_digest"): (3, 11, 11, 12, 12, 56, 334, 15, 41),  # 4, 15, 65, 334
    ("fresh38", "foreign_web"): (2, 8, 8, 8, 8, 88, 243, 8, 88),  # 2, 8, 88, 243
    ("fresh38", "lexisnexis"): (2, 6, 5, 6, 5, 50, 162, 6, 45),  # 2, 6, 50, 162
    ("fresh38", "long_intertitles"): (1, 6, 4, 6, 4, 25, 354, 6, 25),  # 2, 6, 25, 354
    ("fresh38", "nexis_factiva"): (2, 6, 5, 6, 6, 59, 115, 7, 53),  # 2, 7, 68, 115
    ("fresh38", "trailers"): (2, 10, 6, 10, 8, 15, 319, 12, 16),  # 3, 12, 15, 319
    ("fresh38", "all"): (16, 64, 52, 65, 59, 355, 1982, 73, 325),  # 20, 73, 373, 1982
    ("fresh39", "classic"): (2, 4, 8, 9, 9, 19, 524, 10, 17),  # 3, 10, 19, 524
    ("fresh39", "clipper_markdown"): (2, 5, 5, 6, 5, 17, 97, 6, 18),  # 2, 6, 17, 97
    ("fresh39", "email_digest"): (1, 6, 4, 6, 7, 46, 463, 12, 32),  # 4, 13, 53, 463
    ("fresh39", "foreign_web"): (3, 6, 7, 7, 11, 284, 513, 12, 287),  # 4, 12, 294, 513
    ("fresh39", "lexisnexis"): (2, 6, 6, 6, 6, 54, 147, 6, 48),  # 2, 6, 54, 147
    ("fresh39", "long_intertitles"): (1, 5, 4, 4, 6, 6, 657, 6, 5),  # 2, 6, 6, 657
    ("fresh39", "nexis_factiva"): (2, 2, 6, 6, 6, 58, 142, 6, 45),  # 2, 6, 58, 142
    ("fresh39", "trailers"): (1, 8, 5, 8, 7, 12, 635, 9, 10),  # 3, 9, 12, 635
    ("fresh39", "all"): (14, 42, 45, 52, 57, 496, 3178, 67, 462),  # 22, 68, 513, 3178
    ("fresh40", "classic"): (2, 9, 7, 10, 8, 3, 189, 10, 3),  # 3, 10, 3, 189
    ("fresh40", "clipper_markdown"): (2, 6, 6, 6, 6, 15, 94, 6, 15),  # 2, 6, 15, 94
    ("fresh40", "email_digest"): (3, 10, 10, 10, 11, 46, 188, 13, 27),  # 4, 13, 49, 188
    ("fresh40", "foreign_web"): (4, 12, 12, 12, 12, 249, 335, 12, 249),  # 4, 12, 249, 335
    ("fresh40", "lexisnexis"): (2, 6, 5, 6, 5, 51, 132, 6, 45),  # 2, 6, 51, 132
    ("fresh40", "long_intertitles"): (2, 6, 6, 6, 6, 6, 253, 6, 6),  # 2, 6, 6, 253
    ("fresh40", "nexis_factiva"): (2, 6, 5, 6, 5, 58, 106, 6, 45),  # 2, 6, 58, 106
    ("fresh40", "trailers"): (3, 9, 7, 9, 7, 11, 190, 9, 12),  # 3, 9, 12, 190
    ("fresh40", "all"): (20, 64, 58, 65, 60, 439, 1487, 68, 402),  # 22, 68, 443, 1487
    ("fresh41", "classic"): (2, 9, 7, 8, 8, 9, 154, 10, 7),  # 3, 10, 10, 154
    ("fresh41", "clipper_markdown"): (2, 6, 6, 6, 6, 12, 116, 6, 12),  # 2, 6, 12, 116
    ("fresh41", "email_digest"): (3, 8, 7, 9, 7, 46, 351, 12, 30),  # 4, 13, 49, 351
    ("fresh41", "foreign_web"): (1, 7, 4, 8, 5, 72, 288, 9, 67),  # 3, 9, 72, 288
    ("fresh41", "lexisnexis"): (2, 6, 5, 6, 6, 54, 195, 6, 48),  # 2, 6, 54, 195
    ("fresh41", "long_intertitles"): (2, 6, 5, 5, 6, 5, 600, 6, 6),  # 2, 6, 6, 600
    ("fresh41", "nexis_factiva"): (2, 6, 4, 6, 4, 58, 155, 6, 45),  # 2, 6, 58, 155
    ("fresh41", "trailers"): (1, 4, 3, 5, 5, 12, 426, 9, 10),  # 3, 9, 12, 426
    ("fresh41", "all"): (15, 52, 41, 53, 47, 268, 2285, 64, 225),  # 21, 65, 273, 2285
    ("fresh42", "classic"): (2, 10, 9, 10, 9, 16, 198, 10, 13),  # 3, 10, 16, 198
    ("fresh42", "clipper_markdown"): (2, 6, 5, 6, 5, 27, 96, 6, 27),  # 2, 6, 27, 96
    ("fresh42", "email_digest"): (3, 13, 11, 13, 11, 45, 386, 13, 32),  # 4, 13, 49, 386
    ("fresh42", "foreign_web"): (3, 9, 9, 9, 9, 183, 314, 9, 186),  # 3, 9, 183, 314
    ("fresh42", "lexisnexis"): (2, 6, 6, 6, 6, 46, 173, 6, 45),  # 2, 6, 46, 173
    ("fresh42", "long_intertitles"): (2, 6, 4, 6, 4, 6, 329, 6, 6),  # 2, 6, 6, 329
    ("fresh42", "nexis_factiva"): (2, 6, 5, 6, 5, 57, 116, 6, 45),  # 2, 6, 57, 116
    ("fresh42", "trailers"): (2, 9, 6, 9, 6, 8, 308, 9, 8),  # 3, 9, 10, 308
    ("fresh42", "all"): (18, 65, 55, 65, 55, 388, 1920, 65, 362),  # 21, 65, 394, 1920
    ("fresh43", "classic"): (1, 5, 4, 6, 7, 12, 90, 10, 8),  # 3, 10, 12, 90
    ("fresh43", "clipper_markdown"): (2, 6, 5, 6, 5, 30, 53, 6, 30),  # 2, 6, 30, 53
    ("fresh43", "email_digest"): (3, 12, 11, 11, 12, 47, 208, 12, 24),  # 3, 12, 47, 208
    ("fresh43", "foreign_web"): (3, 9, 10, 10, 10, 100, 171, 10, 100),  # 3, 10, 100, 171
    ("fresh43", "lexisnexis"): (2, 6, 5, 6, 5, 51, 100, 6, 45),  # 2, 6, 51, 100
    ("fresh43", "long_intertitles"): (1, 6, 3, 5, 4, 6, 74, 6, 6),  # 2, 6, 6, 74
    ("fresh43", "nexis_factiva"): (2, 5, 3, 5, 5, 47, 83, 5, 45),  # 2, 6, 58, 83
    ("fresh43", "trailers"): (3, 9, 8, 9, 8, 9, 124, 9, 10),  # 3, 9, 10, 124
    ("fresh43", "all"): (17, 58, 49, 58, 56, 302, 903, 64, 268),  # 20, 65, 314, 903
    ("fresh46", "classic"): (3, 10, 9, 10, 9, 14, 121, 10, 14),  # 3, 10, 14, 121
    ("fresh46", "clipper_markdown"): (2, 6, 6, 6, 6, 30, 73, 6, 30),  # 2, 6, 30, 73
    ("fresh46", "email_digest"): (2, 8, 7, 8, 7, 43, 700, 11, 19),  # 3, 11, 47, 701
    ("fresh46", "foreign_web"): (3, 10, 5, 9, 6, 49, 248, 10, 92),  # 3, 10, 93, 248
    ("fresh46", "lexisnexis"): (2, 6, 5, 6, 6, 54, 292, 6, 48),  # 2, 6, 54, 292
    ("fresh46", "long_intertitles"): (2, 6, 5, 5, 6, 6, 307, 6, 6),  # 2, 6, 6, 307
    ("fresh46", "nexis_factiva"): (2, 5, 5, 5, 6, 47, 168, 6, 45),  # 2, 6, 58, 168
    ("fresh46", "trailers"): (1, 7, 5, 7, 6, 7, 297, 9, 10),  # 3, 9, 10, 297
    ("fresh46", "all"): (17, 58, 47, 56, 52, 250, 2206, 64, 264),  # 20, 64, 312, 2207
    ("fresh48", "classic"): (2, 4, 2, 6, 2, 6, 366, 10, 9),  # 3, 10, 13, 366
    ("fresh48", "clipper_markdown"): (2, 6, 5, 6, 6, 21, 391, 6, 21),  # 2, 6, 21, 391
    ("fresh48", "email_digest"): (1, 8, 3, 9, 4, 49, 1556, 10, 21),  # 3, 10, 52, 1556
    ("fresh48", "foreign_web"): (0, 3, 4, 7, 6, 65, 373, 10, 69),  # 3, 10, 68, 373
    ("fresh48", "lexisnexis"): (2, 6, 2, 6, 2, 54, 240, 6, 48),  # 2, 6, 54, 240
    ("fresh48", "long_intertitles"): (0, 5, 2, 5, 5, 6, 841, 6, 5),  # 2, 6, 6, 841
    ("fresh48", "nexis_factiva"): (2, 6, 4, 5, 5, 58, 194, 6, 45),  # 2, 6, 58, 194
    ("fresh48", "trailers"): (0, 5, 3, 5, 5, 15, 1120, 9, 9),  # 3, 9, 15, 1120
    ("fresh48", "all"): (9, 43, 25, 49, 35, 274, 5081, 63, 227),  # 20, 63, 287, 5081
    ("fresh50", "classic"): (1, 4, 0, 5, 1, 6, 1182, 8, 1),  # 3, 10, 6, 1182
    ("fresh50", "clipper_markdown"): (2, 7, 6, 7, 6, 33, 678, 7, 33),  # 2, 7, 33, 678
    ("fresh50", "email_digest"): (0, 3, 0, 0, 3, 56, 2174, 10, 15),  # 3, 10, 56, 2174
    ("fresh50", "foreign_web"): (2, 2, 1, 3, 5, 27, 1126, 10, 39),  # 3, 10, 45, 1126
    ("fresh50", "lexisnexis"): (2, 6, 4, 6, 5, 48, 1211, 6, 45),  # 2, 6, 48, 1211
    ("fresh50", "long_intertitles"): (0, 2, 2, 2, 4, 6, 1118, 6, 2),  # 2, 6, 6, 1118
    ("fresh50", "nexis_factiva"): (2, 6, 5, 6, 6, 58, 753, 6, 45),  # 2, 6, 58, 753
    ("fresh50", "trailers"): (0, 0, 0, 0, 1, 16, 1429, 8, 12),  # 3, 8, 16, 1429
    ("fresh50", "all"): (9, 30, 18, 29, 31, 250, 9671, 61, 192),  # 20, 63, 268, 9671
}
"""Hits reached on 2026-12-03 (raised with framed intertitles, two-sentence lines, long
teasers and deks), in METRICS order. The comments give the denominators: dumps, gold
articles, chrome lines, lines. The `fresh` rows were first set to what the splitter scored
the first time it met them. The `tune` foreign_web rows grew with three Global Voices dumps
in five languages (pt, es, de, it, fr) and the vocabularies fitted to them. The tune
rows grew again with the twenty dumps of bench/tune_dumps.py, and the `fresh2` rows are what
the splitter scored the first time it met that half (built by bench/fresh2_dumps.py); on
2026-12-04 the held-out, fresh and fresh2 rows were raised once, at the end of that work.
The `fresh3` rows are what the splitter scored the first and only time it met that half
(built by bench/fresh3_dumps.py and committed before any run, 2026-12-04). The
`lines_kept` floors of every half were then raised once lines whose meta value drops words
were kept as written (a rule that reads no dump's text, so raised everywhere at once).
The `meta_placed` floors were first set to what the splitter scored once trailers
(agency credits in parentheses, export records' closing marks) stayed with the article
above and a headline's labels (breadcrumb, section in capitals) went with it; those fixes
were fitted on the tune half alone, then every row was raised to what they scored.
The `language` floors of the fresh halves were raised when CLD2 came to read article
languages (tuned on no dump; 2026-12-04). The tune rows grew again with the dumps of
bench/layout_dumps.py (Factiva field codes, Nexis Uni in Dutch, Dutch, Spanish and
Portuguese pages, clipper and Outlook layouts), each raised to what the splitter scored
once it read those layouts; the held-out rows were raised once at the end of that
work. The `fresh4` rows are what the splitter of main at
9b70fd0 scored the first time it met that half (built by bench/fresh4_dumps.py and
committed before any run, 2026-12-04), except its nexis_factiva and `all` rows, set to what
main at caa76e8 (which scored one body fewer there, and two dumps and more titles more)
scored when the half landed; only these aggregates were read. The `fresh5` rows are what
the splitter of main at a25b674 scored the first time it met that half (built by
bench/fresh5_dumps.py and committed before any run, 2026-12-04); only these aggregates were
read. The `fresh6` rows are what the splitter of main at 01b3883 scored the first and only
time it met that half (built by bench/fresh6_dumps.py and committed before any run,
2026-12-04); only these aggregates were read. The `fresh7` rows are what the splitter of
main at 176e79a scored the first and only time it met that half (built by
bench/fresh7_dumps.py and committed and landed before any run, 2026-12-04); only these
aggregates were read. The `fresh8` rows are what the splitter of main at cf30a3a (whose
reader/ is the session's start, 1ec024b) scored the first and only time it met that half
(built by bench/fresh8_dumps.py and committed and landed before any run, 2026-12-04); only
these aggregates were read. From session 8 fresh3 is spent and tuned on
(its misses read, its layouts fixed by general rules, each tested on tune dumps of the same
layout from bench/tool_dumps.py); its rows, the tune rows (grown by those dumps) and the
fresh2 rows were raised to what the splitter then scored. In session 10 (2026-12-04,
evening) the rows of tune to fresh7 were raised to what the rules scored once trailers,
share bars, mail headers in any language and source notes under the last paragraph were
read (fitted on fresh4 and fresh5's misses). fresh8's rows were left as blind8 set them
until the splitter read Chinese and Japanese stops and counted their ideographs and kana
as words (2026-12-04, 19:35): that took fresh8 from 39 to 51 bodies of 91 and lowered four
of its cells by one or two articles (clipper starts and meta placed, foreign web titles
and bodies, a LexisNexis title), which the ratchet, blind to the whole, refused. fresh8 was
spent by then (about 45 pass/fail reads while two engineers tuned): its rows were read
whole, once before and once after, and set to what the splitter scored; a ninth half
judges the next session. In session 11 (2026-12-04, 20:30-22:10, split11) fresh8 was read
as tuning text with tune to fresh5, and every row the rules raised (a trailer hanging over
a wider gap, front-matter values on indented lines, CJK date lines and headline brackets,
full-width rules) was raised to what they scored, fresh6, fresh7 and heldout's from their
aggregates alone. In session 12 (2026-12-04, 23:20, split12) the learned field model became
the default splitter, and every row it raised (fresh, fresh2, fresh5 to fresh8) was raised
to what it scored, fresh6, fresh7 and heldout's from their aggregates alone; no row of any
half fell. They were raised again (fresh5) once a LexisNexis "DOCUMENT-TYPE:" line was read
as its record's field. In session 13 (2026-12-05, split13) every row raised by digests' matter
read by place and shape, bulleted headlines, read-more links under any label and the field
model's narrower list constraint was raised to what the splitter scored, fresh6, fresh7 and
heldout's from their aggregates alone; no row of any half fell. The `fresh14` rows (a tuning
half of long Carpentries blog posts with their intertitles, bench/fresh14_dumps.py) are what
main's splitter at f7928a7 scored the first time it met that half (2026-12-05, session 15):
33 of 70 bodies, 5 of 17 in long_intertitles, one digest line in no field; its texts lost
their link definitions and footnotes the same day (they had been left in 11 paragraphs), and
its rows were read again on 4d01007: the same bodies, 2509 of 2510 lines. The `fresh15` rows
(its second-look twin from the Rust blog, MetaDocencia and The Programming Historian,
bench/fresh15_dumps.py) are what main's splitter at 4d01007 scored the one time its builder ran
it, aggregates only (2026-12-05, session 15): 27 of 70 bodies, 4 of 16 in long_intertitles.
fresh14's rows were raised the same day (split15) to 49 of 70 bodies, 13 of 17 in
long_intertitles, by the dump's own article start (a headline with its next line right under
it, intertitles set apart), a dek set right under its headline, pipe trails, closing date
lines, valedictions and inline "read also" lines; fresh8's digests rose with them (a start
and three chrome lines), and fresh6's, fresh7's and fresh15's rows, raised from their
aggregates alone (fresh15 27 to 36 bodies, long_intertitles 4 to 8 of 16). The `fresh16`
rows (a tuning half of OpenTelemetry blog posts in English, Spanish and Portuguese pasted as
trailers, copied pages, email digests and foreign web pages, bench/fresh16_dumps.py) are what
main's splitter at e2ea231 scored the first time it met that half (2026-12-05, session 16): 48
of 76 bodies, 6 of 15 copied pages, 7 of 14 foreign web pages, one digest line in no field.
The `fresh17` rows (its second-look twin from the F-Droid blog in English and DesignGouv in
French, bench/fresh17_dumps.py) are what main's splitter at c0c7944 (e2ea231's `reader/`)
scored the one time its builder ran it, aggregates only (2026-12-05, session 16): 38 of 75
bodies, 7 of 15 copied pages, 19 of 26 digest items, 5 of 14 foreign web pages, 7 of 20
trailers. The `fresh18` rows (a tuning half of the Open Source Guides, whole, in German,
Spanish, French, Italian, Portuguese and English, in all eight shapes, bench/fresh18_dumps.py)
are what main's splitter at cb8c657 scored the first time it met that half (2026-12-05,
session 18): 18 of 74 bodies, 4 of 16 in long_intertitles, none of 8 trailers and none of 10
digest items; every line kept. In session 18 (shape18) every row raised by records opened
under their marks alone, lines whose lead is a glued headline's below, and export records'
headlines over their fields was raised to what the default splitter then scored (both
models refit on those rules): fresh14 49 to 56 bodies, fresh16 51 to 53, fresh18 18 to 24,
fresh8 to what it scores (80 bodies, 12 of its trailers), and fresh6, fresh7 and fresh15
from their aggregate rows alone (71 to 72, 75 to 76, 36 to 38). In session 19 (model19, on
main at 5d55027, the lead's decision) the field model stopped training on fresh6, a
second-look half, and was trained on the tuning halves alone (fresh8, fresh14, fresh16 and
fresh18 added), the start model refit on the same rules: every row was set to what the
default splitter then scored, second-look rows from their aggregates alone. Bodies right:
tuning 917 to 921 of 1,005, second look without fresh6 247 to 249 of 335, fresh6 74 to 73.
These cells fell, floors set by a field model that had seen fresh6 (chrome most): fresh:
foreign_web body 7 to 6, start 7 to 6, chrome 59 to 58, all body 61 to 60, start 61 to 60,
chrome 366 to 365; fresh4: foreign_web chrome 69 to 68, all chrome 452 to 451; fresh6:
classic chrome 4 to 0, email_digest chrome 50 to 47, trailers end 13 to 12, chrome 14 to 13,
all chrome 384 to 377; fresh7: classic body 13 to 12, start 13 to 12, email_digest body 12
to 11, start 13 to 12, end 13 to 12, chrome 64 to 60, foreign_web start 11 to 10, chrome 48
to 47, trailers chrome 16 to 15, all body 76 to 75, start 85 to 82, chrome 383 to 377;
fresh8: email_digest end 8 to 7, trailers body 12 to 11, end 13 to 11, chrome 18 to 16, all
body 80 to 79, end 83 to 80, chrome 409 to 407; fresh15: foreign_web start 7 to 6, chrome 40
to 39, nexis_factiva body 1 to 0, start 5 to 4, chrome 54 to 53, trailers body 7 to 6, start
8 to 7, all start 61 to 59, chrome 246 to 244; fresh16: classic end 13 to 12, chrome 95 to
93, foreign_web start 13 to 11, chrome 89 to 87, all chrome 317 to 316; fresh17:
email_digest chrome 115 to 112, foreign_web end 7 to 6, chrome 94 to 93, all end 47 to 46,
chrome 297 to 293. The rest rose or held (fresh18 24 to 51 bodies with shape19's openings,
fresh16 53 to 59, fresh15 38 to 41, fresh17 38 to 41, fresh4 88 to 93). Both were refit again
on shape19's next rules (5c16e28: language markers, dated source lines, month-first source
dates) with the same choices, and every row set again to what the default then scored:
fresh18 51 to 56 bodies, fresh4 93 to 95, fresh16 and fresh17 titles up; the field model's
refit lost one body each in heldout, fresh7 and fresh14 against the artefacts it replaced
(heldout foreign_web body 15 to 14, start 16 to 15, chrome 104 to 103, all body 92 to 91,
start 93 to 92, chrome 574 to 573; fresh7 foreign_web body 10 to 9, all body 75 to 74;
fresh14 classic body 5 to 4, start 7 to 6, all body 56 to 55, start 66 to 65; fresh15
email_digest chrome 35 to 33, all chrome 244 to 243; fresh16 trailers start 20 to 19, all
start 69 to 68). The field model's cross-validation on those rules then chose L2 100,
threshold 0.3 over the shipped L2 10, 0.4 (920 bodies against 918 leaving each half out),
and both were refit with it: heldout, fresh7 and fresh14 came back to 92, 75 and 56 bodies,
and every row was set again to what the default scored; these fell: fresh6 trailers body
11 to 10, end 12 to 11, chrome 13 to 12, all body 73 to 72, end 79 to 78, chrome 377 to
376; fresh7 classic language 16 to 15, email_digest chrome 60 to 59, trailers body 12 to
11, end 13 to 12, all end 82 to 81, chrome 377 to 376, language 95 to 94; fresh8
email_digest chrome 66 to 62, all chrome 407 to 403; fresh15 clipper_markdown body 8 to 7;
fresh16 foreign_web end 14 to 12, chrome 87 to 86, all end 68 to 66, chrome 316 to 315.
The `fresh21` rows (a tuning half of the Open Knowledge Foundation Deutschland's short news in
German and English, bench/fresh21_dumps.py) are what main's splitter at 0ac2e86 scored the
first time it met that half (2026-12-05, session 20): 51 of 76 bodies (`rules` 53, `fields`
51), 4 of 12 digest items, 3 of 6 clippings, every line kept. The `fresh22` rows (its
second-look twin: the openSUSE project's short news in English, bench/fresh22_dumps.py) are what
main's splitter at 617d813 scored the one time its builder ran it, aggregates only (2026-12-05,
session 20): 33 of 76 bodies (`rules` 31, `fields` 33), every line kept. In session 20
shape20's rules (forwarded headers in four languages, labels with a word in parentheses,
numbered digest headlines, announced lists, DOI lines, hashtag lines, numbered intertitles,
wrapped ordinals, briefs one blank line apart, dates with reading times, `#`-titled dumps,
clippers' quoted fields, mailing-list digests) landed with both models refit on them and
trained on fresh21 too (model20; field model L2 100, threshold 0.3, start model L2 100,
threshold -1.0 with margin 1.0, as before), and every row was set to what the default then
scored, second-look rows from their aggregates alone (bodies: tuning 979 to 1006 of 1081,
fresh21 51 to 65, fresh18 56 to 65; second look 354 to 362 of 506, fresh22 33 to 36,
fresh17 41 to 44), but fresh18 trailers' count, which two false starts standing for a missed
one had made right. These fell, by the lead's decision: fresh5 foreign_web title 12 to 11,
body 10 to 9, start 10 to 9, chrome 61 to 60, meta placed 63 to 61, all title 93 to 92, body
83 to 82, start 84 to 83, chrome 418 to 417 (the refit start model starts an article at a
"Читайте также:" label whose score lands on its threshold); fresh22 trailers title 5 to 3,
all title 48 to 46 (the refit field model, with trailers' bodies 1 to 3). The `fresh23` rows (a
tuning half of Italian Linux Society's short news in Italian, bench/fresh23_dumps.py) are what
main's splitter at 22110e4 scored the first time it met that half (2026-12-05, session 21): 67
of 74 bodies (`rules` 62, `fields` 63), every line kept. The `fresh24` rows (its second look:
the Canadian Digital Service's French blog posts, bench/fresh24_dumps.py) are what main's
splitter at 6696ebf scored the one time its builder ran it, aggregates only (2026-12-05, session
21): 53 of 73 bodies (`rules` 52, `fields` 53), every line kept. In session 21, by the lead's
decision, fresh22 email_digest meta placed fell 28 to 26 (shape21's rule that each headline a
newsletter's contents list names opens its story: fresh22's digests gained a body and two
titles under the default, and two meta lines went to a neighbouring item; a second-look half,
so not looked into). The `fresh25` rows (a tuning half of HealthCare.gov's Spanish pages,
bench/fresh25_dumps.py) are what main's splitter at 9b68cee scored the first time it met that
half (2026-12-06, session 22): 67 of 74 bodies (`rules` 67, `fields` 67), every line kept. The
`fresh26` rows (its second look: USAGov en Español's pages, bench/fresh26_dumps.py) are what
main's splitter at ceb5097 scored the one time its builder ran it, aggregates only (2026-12-06,
session 22): 40 of 70 bodies (`rules` 39, `fields` 40), every line kept. In session 22 the
bodies of the rows shape22's rules raised (with model22's refit, 1b783be) were set to what the
default then scored: fresh14 57 to 60, fresh16 63 to 65, fresh21 65 to 73, fresh23 67 to 73,
fresh25 67 to 71, and from their aggregate rows alone fresh17 44 to 45, fresh26 40 to 42. Also
in session 22, by the lead's decision, fresh26 foreign_web chrome fell 41 to 40 and all chrome
260 to 259, and fresh8 email_digest chrome 65 to 62 and all chrome 406 to 403 (model22's refit
on shape22's rules with fresh25 trained on and the field model's feature `paragraphs beside`:
chrome lines among short lines taken into bodies, fresh26 foreign_web's starts 5 to 6, no body
lost; without the feature the refit's second look fell 462 to 459 bodies, with it rose to 465;
fresh26 a second-look half, so not looked into). The `fresh27` rows (a tuning half of Agência
Brasil's news of 2016 in Portuguese and Spanish, bench/fresh27_dumps.py) are what main's splitter
at 07ff1d3 scored the first time it met that half (2026-12-06, session 23), before either model
was trained on it: 66 of 78 bodies (`rules` 65, `fields` 66), every line kept. The `fresh28` rows
(its second look: the same scrape's later pages, bench/fresh28_dumps.py) are what main's splitter
at 87678bc scored the one time its builder ran it, aggregates only (2026-12-06, session 23): 58 of
66 bodies (`rules` 57, `fields` 58), every line kept. The `fresh29` rows (a tuning half of
R-Ladies Global's posts in Spanish, French and Portuguese with the chrome of the site's own
theme, and its English news, bench/fresh29_dumps.py) are what main's splitter at d0a95ab scored
the first time it met that half (2026-12-06, session 24), before anyone tuned or trained on it:
13 of 33 bodies, 2 of 21 on its foreign pages (`rules` and `fields` the same), every line
kept. The `fresh30` rows (its second look: Italian Laravel News' posts with the chrome of that
site's own layouts, bench/fresh30_dumps.py) are what main's splitter at 162631e scored the one
time its builder ran it, aggregates only (2026-12-06, session 24): 7 of 30 bodies, 1 of 18 on
its foreign pages (`rules` and `fields` the same), every line kept. The `fresh31` rows (a second
look in all eight shapes: the GIMP project's news, its pages with the chrome of the site's own
theme, bench/fresh31_dumps.py) are what main's splitter at f53c731 scored the one time its
builder ran it, aggregates only (2026-12-06, session 25): 58 of 71 bodies (`fields` 51, `rules`
50), every line kept. The `fresh32` rows (a tuning half: Italian Linux Society's news that fresh23
does not hold, its pages with the chrome of the site's own theme, bench/fresh32_dumps.py) are what
main's splitter at a17aff2 scored the first time it met that half (2026-12-06, session 25), before
anyone tuned or trained on it: 41 of 61 bodies, 4 of 13 on its pages (`fields` 37, `rules` 36),
every line kept; read again, aggregates alike, after a table one post printed was left out of its
text (its lines, 750 → 720, were the only figures that moved). Main's splitter moved before the
half landed (shape25's repeated furniture and template lines, model25's field model refit on
them, f385251): on it the same bodies, titles 48 → 52 and chrome kept out 220 → 214 (its pages'
titles 7 → 11, chrome 53 → 47); the floors are what main scores when the half lands. The
`fresh33` rows (a tuning half of template documents: the PHP manual's function pages in six
languages, each repeating the same intertitles and short lines, bench/fresh33_dumps.py) are what
main's splitter at 0fb068b scored the first time it met that half (2026-12-06, session 26), before
anyone tuned or trained on it: 6 of 68 bodies, none on its pages (`fields` 6, `rules` 6), every
line kept. The `fresh34` rows (its second look, pre-registered: Python Enhancement Proposals,
template documents repeating the same header fields, intertitles and closing paragraph, in all
eight shapes, bench/fresh34_dumps.py) are what main's splitter at f5fa5b5 (the half's landing,
before the repeat rules were mended on fresh33) scored the one time its builder ran it,
aggregates only (2026-12-06, session 26): 34 of 71 bodies, none of 12 on its pages (`fields` 34,
`rules` 34), every line kept. The `fresh35` rows (a tuning half of short news: the NixOS
project's announcements, its pages with the chrome of the site's own Astro components,
bench/fresh35_dumps.py) are what main's splitter at 1805504 scored the first time it met that
half (2026-12-06, session 26), before anyone tuned or trained on it: 59 of 73 bodies, 11 of 14 on
its pages (`fields` 56, `rules` 55), every line kept. The `fresh38` rows (a tuning half of news
mailed as hard-wrapped plain text: Gentoo's news items, wrapped, combed, re-flowed and quoted as
mail clients leave them, bench/fresh38_dumps.py) are what main's splitter at 4afa92f scored the
first time it met that half (2026-12-06, session 28), before anyone tuned or trained on it: 33 of
73 bodies, 2 of 15 in its digests, every line kept. The `fresh37` rows (its second look,
pre-registered: the Go blog's posts as flowed mail, an mbox, quoted replies, text browsers' dumps
and the blog's own pages, bench/fresh37_dumps.py) are what main's splitter at 4afa92f scored the
one time its builder ran it, after the half was committed, aggregates only (2026-12-06, session
28): 35 of 70 bodies, every line kept. The `fresh40` rows (a tuning half of template documents
in four languages: getmonero.org's Moneropedia entries translated into German, French, Polish and
Russian, nearly all opening on the same intertitle in their language, its pages with the site's
own chrome, bench/fresh40_dumps.py) are what main's splitter at 6f4e3d3 scored the first time it
met that half (2026-12-06, session 29), before anyone tuned or trained on it: 24 of 68 bodies, 1
of 12 on its pages, none of 10 in its plain text files and none of 9 under trailers; 1,486 of
1,487 lines kept. The `fresh39` rows (its second look, pre-registered: the posts and challenge
pages of the French government's Entrepreneurs d'intérêt général programme, the challenge pages
under the lines the layout prints for every challenge, bench/fresh39_dumps.py) are what main's
splitter at 6f4e3d3 scored the one time its builder ran it, aggregates only (2026-12-06, session
29): 39 of 68 bodies, every line kept. The `fresh41` rows (a tuning half of the shapes the second
look loses most bodies in: the Delta Chat blog's posts as digests, forwards, feed mails,
newsletters, signed and credited mail and the blog's own pages, bench/fresh41_dumps.py) are what
main's splitter at 47b44e9 scored the first time it met that half (2026-12-06, session 29), before
anyone tuned or trained on it: 31 of 65 bodies, 3 of 13 in its digests, none of 9 under trailers,
1 of 9 on its pages; 2,284 of 2,285 lines kept. The `fresh42` rows (a tuning half of public
bodies' short and middling news: Designers Italia's news in Italian and cloud.gov's notices in
English, as newsletters, forwards, a bulletin, a feed reader's mail, notes, clippings, the sites'
own pages and press offices' closings, bench/fresh42_dumps.py) are what main's splitter at
4206eb8 scored the first time it met that half (2026-12-07, session 31), before anyone tuned or
trained on it: 44 of 65 bodies, 9 of 13 in its digests, 2 of 9 on its pages, 6 of 9 under
trailers; every line kept. The `fresh43` rows (a tuning half of a French public body's short news:
the news items of the Gazette #BlueHats, the French interministerial digital directorate's
newsletter, as a mailing list's issue and digest, forwards, a PDF copy, a press desk's copy, a
desktop wiki's and note apps' pages, the gazette's own pages, an intranet's page and press-office,
chat and phone closings, bench/fresh43_dumps.py) are what main's splitter at f03bb3f scored the
first time it met that half (2026-12-07, session 32), before anyone tuned or trained on it: 36 of
65 bodies, 8 of 12 in its digests, 7 of 10 on its pages, 4 of 9 under trailers, 1 of 10 in its
plain copies; 902 of 903 lines kept (one digest line in no field). The same session
(digestend32) raised the `lines_kept` floors of fresh7, fresh41 and fresh43 by one each: a row of
asterisks under a digest's closing line is kept with that line (fresh7's from its aggregate
alone); nothing else moved on any half. The `fresh46` rows (a tuning half of a public
service's news in English: the Let's Encrypt blog's posts as a feed-to-mail digest, a LISTSERV
digest, a round-up mail, a shared document, an operations log, copied posts, note and
reference-manager exports, the blog's own pages, a host's reposts, a planet page and
republishing, press-notice and phone closings, bench/fresh46_dumps.py) are what main's splitter
at f6200c3 scored the first time it met that half (2026-12-07, session 37), before anyone tuned
or trained on it: 47 of 64 bodies, 7 of 11 in its digests, 5 of 10 on its pages, 5 of 9 under
trailers, 9 of 10 in its plain copies; 2,206 of 2,207 lines kept (the row of asterisks under
the LISTSERV digest's `End of … Digest` line, that line read into the last message's body). The
`fresh48` rows (a tuning half of a public body's news in Dutch, with lists, tables and code kept
as printed: developer.overheid.nl's blog posts as a Gmail forward of a newsletter, a forum's
summary mail, Thunderbird forwards, an intranet's copies, a fortune-style clipping file, a team
chat's copies, the blog's Docusaurus sources, Bear notes, the blog's own pages, an aggregator's
page, a professional network's reposts, Dutch phone, press and republishing closings,
bench/fresh48_dumps.py) are what main's splitter at 059af73 scored the first time it met that
half (2026-12-07, session 38), before anyone tuned or trained on it, dealt once: 25 of 63
bodies, 3 of 10 in its digests, 4 of 10 on its pages, 3 of 9 under trailers, 2 of 10 in its
plain copies, 2 of 6 in its long texts; 5,081 of 5,081 lines kept. The `fresh50` rows (a tuning
half of a project's newsletter in German, French, Italian, Spanish and Brazilian Portuguese, its
link lists kept as printed: the XMPP Newsletter's translations as a press review file, a word
processor's plain text, a WhatsApp export, Notion and Dendron notes, an mbox, a Sympa digest,
Yahoo Mail forwards, the site's own German and Italian pages, a user group's reposts, forum,
newsletter and republishing closings, bench/fresh50_dumps.py) are what main's splitter at
03368f01 scored the first time it met that half (2026-12-07, session 39), before anyone tuned or
trained on it, dealt once: 18 of 63 bodies, 0 of 10 in its digests, 1 of 10 on its pages, 0 of
8 under trailers, 0 of 10 in its plain copies, 2 of 6 in its long texts; 9,671 of 9,671 lines
kept."""


Table = dict[tuple[str, str], dict[str, int]]


def test_real_dump_scores_do_not_fall(capsys: pytest.CaptureFixture[str]) -> None:
    table = score(load_cases())
    shown = {key: counts for key, counts in table.items() if key[0] not in JUDGES}
    with capsys.disabled():
        print("\nreal dumps, per half and shape (percent):\n" + "\n".join(rows(shown)))
    fallen, judge_fell = _falls(table, FLOORS)
    assert not fallen
    assert not judge_fell, "a second-look half fell below a floor (its totals: the gate's score)"


def _falls(
    table: Table, floors: dict[tuple[str, str], tuple[int, ...]]
) -> tuple[list[tuple[tuple[str, str], str, int, int]], bool]:
    """Every floor a readable half fell below (half and shape, metric, score, floor), and
    whether a judging half fell below any: only that, since a failure naming its shape,
    metric or score would show the judge to whoever tunes against the suite."""
    fallen, judge_fell = [], False
    for key, row in floors.items():
        for metric, floor in zip(METRICS, row, strict=True):
            if table[key][metric] >= floor:
                continue
            if key[0] in JUDGES:
                judge_fell = True
            else:
                fallen.append((key, metric, table[key][metric], floor))
    return fallen, judge_fell


def test_a_fall_of_the_judging_half_is_told_without_its_shape_metric_or_score() -> None:
    floors = {("tune", "all"): (1,) * len(METRICS), ("fresh7", "all"): (1,) * len(METRICS)}
    table = {key: dict.fromkeys(METRICS, 1) for key in floors}
    assert _falls(table, floors) == ([], False)
    table[("fresh7", "all")]["title"] = 0
    assert _falls(table, floors) == ([], True)
    table[("tune", "all")]["title"] = 0
    assert _falls(table, floors) == ([(("tune", "all"), "title", 0, 1)], True)
