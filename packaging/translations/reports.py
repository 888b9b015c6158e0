"""Russian for the manager's reports: the dashboard (app/ui/reports_dialog.py), figure
names and definitions, tables and charts (report_text.py, report_charts.py), report
files (report_files.py) and the period error (messages.py: report_period); merged by
packaging/fill_ru.py."""

RU = {
    # the menu and the dialog
    "Reports…": "Отчёты…",
    "Reports": "Отчёты",
    "Overview": "Обзор",
    "Points and tiers": "Баллы и статусы",
    "Cohorts": "Когорты",
    "Gifts and complaints": "Подарки и жалобы",
    "Staff and top members": "Персонал и лучшие клиенты",
    "Today": "Сегодня",
    "This week": "Эта неделя",
    "This month": "Этот месяц",
    "This quarter": "Этот квартал",
    "This year": "Этот год",
    "Custom": "Свой период",
    "Export…": "Выгрузить…",
    "from": "с",
    "Till": "Касса",
    "By day or month": "По дням или месяцам",
    "By tier": "По статусам",
    "All tills": "Все кассы",
    "All cashiers": "Все кассиры",
    "All tiers": "Все статусы",
    "Counting…": "Считаем…",
    "The report could not be made.": "Не удалось построить отчёт.",
    "Export report": "Выгрузить отчёт",
    "The file could not be written: %1": "Не удалось записать файл: %1",
    "The period must start on or before its end.": "Начало периода должно быть не позже его конца.",
    # figures and their definitions
    "New members": "Новые участники",
    "Members enrolled and not erased, today. The tier filter counts members by their tier "
    "today.": "Участники программы (кроме удалённых) на сегодня. Фильтр по статусу считает "
              "участников по их статусу сегодня.",
    "Members enrolled in the period.": "Участники, зарегистрированные за период.",
    "Active in 30 days": "Активны за 30 дней",
    "Members whose last purchase was in the last 30 days: today and the 29 days before it.":
        "Участники, чья последняя покупка была за последние 30 дней: сегодня и 29 дней до этого.",
    "Active in 90 days": "Активны за 90 дней",
    "Members whose last purchase was in the last 90 days: today and the 89 days before it.":
        "Участники, чья последняя покупка была за последние 90 дней: сегодня и 89 дней до этого.",
    "Lapsed 90 days": "Ушли: 90 дней без покупок",
    "No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.":
        "Не покупали последние 90 дней (сегодня и 89 дней до этого) и зарегистрированы раньше.",
    "Lapsed 180 days": "Ушли: 180 дней без покупок",
    "No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.":
        "Не покупали последние 180 дней (сегодня и 179 дней до этого) и зарегистрированы раньше.",
    "Visits": "Визиты",
    "Purchases members made in the period, refunded ones too: a refund does not undo a visit.":
        "Покупки участников за период, включая покупки с возвратом: возврат не отменяет визит.",
    "Revenue from members": "Выручка от участников",
    "What members paid in the period, refunded purchases taken out.":
        "Сколько участники заплатили за период, без покупок с возвратом.",
    "Average check": "Средний чек",
    "Revenue from members divided by their purchases that were not refunded.":
        "Выручка от участников, делённая на число их покупок без возврата.",
    "Counting top members…": "Считаем лучших клиентов…",
    "Preparing the reports for the first time: every purchase and ledger row is added up once. In a large shop this takes a few minutes.":
        "Отчёты готовятся впервые: каждая покупка и каждая запись журнала баллов суммируются один раз. В большом магазине это занимает несколько минут.",
    "Preparing the reports…": "Отчёты готовятся…",
    "Stopping…": "Останавливаем…",
    "Reports were not prepared; nothing was changed. Open Reports again to prepare them.":
        "Отчёты не подготовлены, ничего не изменено. Откройте отчёты снова, чтобы подготовить их.",
    "Members who bought": "Покупали",
    "Members with at least one purchase in the period.":
        "Участники хотя бы с одной покупкой за период.",
    "Repeat rate": "Доля повторных",
    "Share of the members who bought in the period who bought twice or more.":
        "Доля покупавших за период, кто купил два раза и больше.",
    "Visits per member per month": "Визитов на участника в месяц",
    "Visits divided by the members who bought, divided by the period's length in months.":
        "Визиты, делённые на число покупавших и на длину периода в месяцах.",
    "Refunded": "Возвраты",
    "Purchases made in the period and refunded since.":
        "Покупки за период, по которым потом оформлен возврат.",
    "Refunded amount": "Сумма возвратов",
    "The amount of those refunded purchases.": "Сумма этих покупок с возвратом.",
    "Points issued": "Начислено баллов",
    "Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points "
    "a refund returns are not new points.":
        "Баллы, выданные за период любым способом: за покупки, приветственные, по акциям, "
        "бонусы, подарки. Баллы, возвращённые при возврате покупки, — не новые баллы.",
    "Points redeemed": "Списано баллов",
    "Points members paid with in the period.": "Баллы, которыми участники оплатили покупки за период.",
    "Points expired": "Сгорело баллов",
    "Points that expired unspent in the period.": "Баллы, сгоревшие неиспользованными за период.",
    "Points donated": "Пожертвовано баллов",
    "Points members gave to a cause in the period.":
        "Баллы, которые участники пожертвовали на благотворительность за период.",
    "Points outstanding": "Баллов на счетах",
    "All members' balances together, today, net of points owed back after refunds.":
        "Сумма балансов всех участников на сегодня, за вычетом баллов, которые участники "
        "должны после возвратов.",
    "Liability": "Обязательства",
    "The outstanding points in money: what the shop owes if every point is spent.":
        "Баллы на счетах в деньгах: столько магазин должен, если все баллы потратят.",
    "Tier moves up": "Повышения статуса",
    "Members who moved to a higher tier in the period.":
        "Участники, перешедшие на более высокий статус за период.",
    "Tier moves down": "Понижения статуса",
    "Members who moved to a lower tier in the period (reviews, refunds).":
        "Участники, перешедшие на более низкий статус за период (пересмотр, возвраты).",
    # points by kind
    "Earned on purchases": "За покупки",
    "Campaigns": "Акции",
    "Referrals": "За друзей",
    "Surveys": "Опросы",
    "Reviews": "Отзывы",
    "Gifts": "Подарки",
    "Donated to causes": "Пожертвовано",
    "Expired": "Сгорело",
    "Adjustments": "Корректировки",
    "Refunds": "Возвраты покупок",
    "Imported": "Перенесены из другой системы",
    # compensations
    "No compensation": "Без компенсации",
    "A gift": "Подарок",
    "Discount next time": "Скидка на следующую покупку",
    # tables
    "Month %1": "Месяц %1",
    "Summary": "Сводка",
    "Figure": "Показатель",
    "Value": "Значение",
    "Definition": "Что это",
    "From": "С",
    "To": "По",
    "Revenue": "Выручка",
    "Visits and revenue over time": "Визиты и выручка по времени",
    "Average check by tier": "Средний чек по статусам",
    "Tier": "Статус",
    "Points by kind": "Баллы по видам",
    "Kind": "Вид",
    "Points in": "Начислено",
    "Points out": "Списано",
    "Members by tier today": "Участники по статусам сегодня",
    "Share": "Доля",
    "Tier moves in the period": "Смены статуса за период",
    "Direction": "Направление",
    "up": "вверх",
    "down": "вниз",
    "Retention by enrolment month": "Удержание по месяцу регистрации",
    "Enrolled": "Регистрация",
    "Share of each month's new members who bought in the month after enrolment shown by the "
    "column (month 0: the month they enrolled).":
        "Доля новых участников каждого месяца, купивших в указанный столбцом месяц после "
        "регистрации (месяц 0 — месяц регистрации).",
    "Gifts by reason": "Подарки по причинам",
    "Gifts by cashier": "Подарки по кассирам",
    "Reason": "Причина",
    "Complaints by compensation": "Жалобы по компенсации",
    "Complaints by cashier": "Жалобы по кассирам",
    "Compensation": "Компенсация",
    "Complaints": "Жалобы",
    "Cashier": "Кассир",
    "Enrolments": "Регистрации",
    "Purchases recorded": "Проведено покупок",
    "Top members by revenue": "Лучшие клиенты по выручке",
    "Top members by visits": "Лучшие клиенты по визитам",
    "Member": "Участник",
    "Card": "Карта",
    "Nothing in this period.": "За этот период ничего нет.",
    # report files
    "Period: %1": "Период: %1",
    "Filters": "Фильтры",
    "Made on %1": "Сформирован %1",
    "Unit": "Единица",
}
