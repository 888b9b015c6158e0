"""Russian for the till started while the shop's server is away and the offline
redemption limit in the purchase dialog (issue #17, offstart; merged by
packaging/fill_ru.py)."""

RU = {}
RU_PLURAL = {
    # app/ui/purchase_dialog.py: the owner's offline limit and what is left of it today
    "The shop's server is away: at most %n point(s) a day may be spent; %1 left today for "
    "this member.": (
        "Сервер магазина не отвечает: можно списать не более %n балла в день; этому "
        "участнику сегодня осталось %1.",
        "Сервер магазина не отвечает: можно списать не более %n баллов в день; этому "
        "участнику сегодня осталось %1.",
        "Сервер магазина не отвечает: можно списать не более %n баллов в день; этому "
        "участнику сегодня осталось %1."),
}
EN_PLURAL = {
    "The shop's server is away: at most %n point(s) a day may be spent; %1 left today for "
    "this member.": (
        "The shop's server is away: at most %n point a day may be spent; %1 left today for "
        "this member.",
        "The shop's server is away: at most %n points a day may be spent; %1 left today for "
        "this member."),
}
