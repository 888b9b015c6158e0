"""Russian for the till serving from its local copy while the shop's server is away
(issue #17, the till window's part; merged by packaging/fill_ru.py)."""

RU = {
    # app/ui/till_window.py: the thank-you after a sale recorded offline
    "Thank you!": "Спасибо!",
    # app/ui/purchase_dialog.py: the offline redemption policy, said
    "The shop's server is away: paying with points waits until it answers again.":
        "Сервер магазина не отвечает: оплата баллами — когда он снова ответит.",
    # app/ui/program_general.py: the owner's offline redemption limit
    "off": "выкл.",
    "Points a member may spend a day while the server is away":
        "Баллов в день одному участнику, пока сервер не отвечает",
    "Counted by each till on its own until the server answers again; 0 or empty: paying "
    "with points waits for the server.":
        "Каждая касса считает сама, пока сервер не ответит; 0 или пусто — оплата баллами "
        "ждёт сервера.",
    # app/ui/program_problems.py: where a refusal is
    "Points a day while the server is away": "Баллов в день без сервера",
    # app/ui/main.py: Manage menu
    "Sales set aside…": "Отложенные продажи…",
}
RU_PLURAL = {
    # app/ui/member_panel.py: under the balance, points not yet on the server
    "of which %n point(s) pending until the shop's server has the sales": (
        "из них %n балл ждёт, пока сервер магазина получит продажи",
        "из них %n балла ждут, пока сервер магазина получит продажи",
        "из них %n баллов ждут, пока сервер магазина получит продажи"),
    "+%n point(s) pending: they count once the shop's server has the sale.": (
        "+%n балл ожидает: он зачтётся, когда сервер магазина получит продажу.",
        "+%n балла ожидают: они зачтутся, когда сервер магазина получит продажу.",
        "+%n баллов ожидают: они зачтутся, когда сервер магазина получит продажу."),
    "The shop's server is away: at most %n point(s) a day may be spent.": (
        "Сервер магазина не отвечает: можно списать не более %n балла в день.",
        "Сервер магазина не отвечает: можно списать не более %n баллов в день.",
        "Сервер магазина не отвечает: можно списать не более %n баллов в день."),
}
EN_PLURAL = {
    "of which %n point(s) pending until the shop's server has the sales": (
        "of which %n point pending until the shop's server has the sales",
        "of which %n points pending until the shop's server has the sales"),
    "+%n point(s) pending: they count once the shop's server has the sale.": (
        "+%n point pending: it counts once the shop's server has the sale.",
        "+%n points pending: they count once the shop's server has the sale."),
    "The shop's server is away: at most %n point(s) a day may be spent.": (
        "The shop's server is away: at most %n point a day may be spent.",
        "The shop's server is away: at most %n points a day may be spent."),
}
