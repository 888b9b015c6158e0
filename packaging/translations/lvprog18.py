"""The program editor's Latvian columns (issue #18). Merged by packaging/fill_ru.py."""

RU = {
    "Name LV": "Название LV",
    "Perks LV": "Привилегии LV",
    "Reward LV": "Награда LV",
}

LV = {
    "Name LV": "Nosaukums LV",
    "Perks LV": "Priekšrocības LV",
    "Reward LV": "Balva LV",
}
