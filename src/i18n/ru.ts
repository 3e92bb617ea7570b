/**
 * Russian texts of the task pane (the first language: the product is for Russian sales teams).
 * Placeholders in braces (`{count}`) are filled by `translate`. `en.ts` has exactly the same keys.
 */
export const ru = {
  "app.title": "План работы с ключевым клиентом",
  "app.paneLanguage": "Язык панели",
  "app.tabsLabel": "Разделы панели",
  "app.loading": "Загружаем…",

  "header.client": "Клиент",
  "header.period": "Период плана",
  "header.template": "Версия шаблона",
  "header.language": "Язык книги",
  "header.noPlan": "В этой книге ещё нет плана. Создайте шаблон на вкладке «План».",
  "header.outdated": "устарела",
  "header.empty": "—",
  "header.refresh": "Обновить сведения о книге",
  "header.missing.excel_api":
    "Этот Excel не поддерживает ExcelApi 1.8 (нужен Excel 2019, Excel 2021 или новее, Microsoft 365, Excel в Интернете или для Mac): надстройка не сможет создать и проверить план.",
  "header.missing.change_events":
    "В этом Excel нет событий изменения листов (ExcelApi 1.9): после правок в книге результаты проверки не помечаются устаревшими — проверьте книгу снова.",
  "header.missing.undo_group":
    "В этом Excel нет группировки отмены (ExcelApi 1.20): после действия надстройки Ctrl+Z отменяет его по частям, а не целиком. Надёжнее вернуться к сохранённой версии книги.",

  "tab.plan": "План",
  "tab.check": "Проверка",
  "tab.numbers": "Показатели",
  "tab.config": "Настройка",

  "lang.ru": "Русский",
  "lang.en": "English",
  "period.quarter": "Квартал",
  "period.half_year": "Полугодие",
  "period.year": "Год",

  "plan.heading": "Шаблон плана",
  "plan.intro":
    "Создаёт листы ActionPlan (план действий) и Dossier (досье клиента) с формулами, списками и итогами. Книга работает и без надстройки.",
  "plan.language": "Язык книги",
  "plan.start": "Начало плана (месяц)",
  "plan.startHint": "План начинается с первого числа месяца.",
  "plan.startInvalid": "Укажите месяц в виде ГГГГ-ММ, например 2027-01.",
  "plan.period": "Период плана",
  "plan.build": "Создать шаблон",
  "plan.rebuild": "Пересоздать шаблон с сохранением данных",
  "plan.rebuildMonths": "Перестроить месяцы по периоду плана",
  "plan.rebuildMonthsHint":
    "После изменения начала или периода плана на листе столбцы месяцев в плане и факте продаж перестраиваются; введённые суммы сохраняются.",
  "plan.addRows": "Добавить строки",
  "plan.addRowsHint":
    "Листы плана защищены: Excel не расширяет таблицу, когда вы печатаете под ней. Кнопка добавит по 5 пустых строк в каждую таблицу.",
  "plan.upgrade": "Обновить шаблон до версии {version}",
  "plan.upgradeHint":
    "Книга создана шаблоном версии {version}. Обновление сохраняет все данные и ваши настройки.",

  "check.heading": "Проверка плана",
  "check.run": "Проверить план",
  "check.writeSheet": "Записать замечания на лист",
  "check.notRun": "Нажмите «Проверить план»: найдём все ошибки и покажем ячейки, где они.",
  "check.noFindings": "Замечаний нет: план заполнен и согласован.",
  "check.completeness": "Заполненность",
  "check.countsLabel": "Итоги проверки",
  "check.findingsLabel": "Замечания",
  "check.workbookLevel": "Книга целиком",
  "check.sheet": "Лист «{sheet}»",
  "check.colCode": "Код",
  "check.colMessage": "Что не так",
  "check.colCell": "Ячейка",
  "check.goTo": "Перейти к ячейке {ref}",
  "check.checkedAt": "Проверено: {time}",

  "severity.error": "Ошибки",
  "severity.warning": "Предупреждения",
  "severity.info": "Сведения",

  "numbers.heading": "Показатели плана",
  "numbers.notRun": "Показатели считаются при проверке плана.",
  "numbers.calculate": "Рассчитать показатели",
  "numbers.sales": "План продаж",
  "numbers.salesHint": "Сумма плана продаж по блокам месяцев от начала плана.",
  "numbers.block": "Блок",
  "numbers.plan": "План",
  "numbers.actual": "Факт",
  "numbers.fulfillment": "Выполнение",
  "numbers.discounts": "Скидки и чистые продажи",
  "numbers.discountTotal": "Скидки всего",
  "numbers.netSales": "Чистые продажи (план − скидки)",
  "numbers.budget": "Бюджет на развитие отношений",
  "numbers.budgetAmount": "Бюджет",
  "numbers.spending": "Затраты на мероприятия",
  "numbers.budgetLeft": "Остаток бюджета",
  "numbers.credit": "Кредитная линия",
  "numbers.creditRequired": "Потребность в кредите (максимум по месяцам)",
  "numbers.creditLimit": "Кредитный лимит",
  "numbers.creditUtilization": "Использование лимита",
  "numbers.kpi": "KPI",
  "numbers.kpiScore": "Итоговая оценка KPI (взвешенное выполнение)",
  "numbers.chartTitle": "План и факт продаж по месяцам",
  "numbers.chartDesc": "Столбцы: план и факт продаж за каждый месяц периода плана.",
  "numbers.chartLegendPlan": "План",
  "numbers.chartLegendActual": "Факт",
  "numbers.noMonths": "Период плана не задан: месяцев нет.",
  "numbers.empty": "нет данных",

  "block.q1": "1-й квартал",
  "block.q2": "2-й квартал",
  "block.q3": "3-й квартал",
  "block.q4": "4-й квартал",
  "block.h1": "1-е полугодие",
  "block.h2": "2-е полугодие",
  "block.total": "Весь период",

  "config.heading": "Конфигурация (для руководителя КАМ)",
  "config.intro":
    "Поля, списки и настройки описаны на листе Config. Измените их и примените: листы перестроятся, ни одно введённое значение не потеряется (значения удалённых полей переносятся на лист Archive).",
  "config.open": "Открыть лист Config",
  "config.apply": "Применить конфигурацию",
  "config.validate": "Проверить лист Config",
  "config.valid": "Лист Config в порядке: {sections} разделов, {fields} полей, {lists} списков.",
  "config.invalidTitle": "Лист Config содержит ошибки",

  "progress.label": "Выполняется",
  "step.reading": "Читаем книгу…",
  "step.computing": "Считаем и проверяем…",
  "step.writing": "Записываем в книгу…",
  "step.building": "Создаём листы…",
  "step.validating": "Проверяем лист Config…",
  "step.archiving": "Переносим значения удалённых полей на лист Archive…",
  "step.selecting": "Переходим к ячейке…",
  "step.opening": "Открываем лист…",
  "step.working": "Работаем…",

  "result.built": "Шаблон создан.",
  "result.rebuilt": "Шаблон пересоздан, данные сохранены.",
  "result.applied": "Конфигурация применена, все значения сохранены.",
  "result.upgraded": "Шаблон обновлён до версии {version}.",
  "result.rowsAdded": "В каждую таблицу добавлено по 5 пустых строк.",
  "result.archived": "Значения удалённых полей ({count}) перенесены на лист Archive.",
  "result.findingsWritten": "Замечания записаны на лист «Проверка».",
  "result.checked":
    "Проверка завершена: ошибок {error}, предупреждений {warning}, сведений {info}.",

  "actuals.heading": "Факт продаж",
  "actuals.intro":
    "Скопируйте в Excel диапазон выгрузки из ERP или 1С вместе с заголовками и вставьте сюда. Суммы запишутся в таблицу «Факт продаж» по позициям и месяцам; остальные данные плана останутся как были.",
  "actuals.paste": "Скопированный диапазон",
  "actuals.pasteHint":
    "Ctrl+V. Суммы вида 1 234,56 или 1,234.56; месяц — 2027-03, 03.2027, дата или «Март 2027».",
  "actuals.empty": "Вставьте диапазон: в тексте нет ни одной строки.",
  "actuals.previewLabel": "Первые строки вставленного диапазона",
  "actuals.previewCaption": "Заголовки — строка {line}. Первые строки данных:",
  "actuals.line": "Строка",
  "actuals.column.item": "Столбец позиции",
  "actuals.column.month": "Столбец месяца",
  "actuals.column.amount": "Столбец суммы",
  "actuals.choose": "— выберите столбец —",
  "actuals.columnMissing": "Столбец не найден по заголовку: выберите его.",
  "actuals.columnsSame": "Позиция, месяц и сумма должны быть в разных столбцах.",
  "actuals.import": "Загрузить факт",
  "actuals.unavailable": "Загрузка факта недоступна в этом окружении.",
  "actuals.doneTitle": "Факт загружен",
  "actuals.nothingTitle": "Книга не изменена",
  "actuals.nothing": "Ни одна строка не попала в месяцы плана — записывать нечего.",
  "actuals.summary":
    "Строк загружено: {records} на сумму {total}; ячеек записано: {cells}, из них заменено прежних значений: {replaced}.",
  "actuals.rowsAdded": "Добавлены строки для позиций плана: {items}.",
  "actuals.unknownItems": "Позиций нет в плане продаж — они всё равно добавлены в факт: {items}.",
  "actuals.outside": "Месяцы вне периода плана не записаны: {months}.",
  "actuals.group": "{key} — {amount} (строки {lines})",
  "actuals.badRows": "Строки не загружены ({count}):",
  "actuals.bad.item_empty": "строка {line}: не указана позиция",
  "actuals.bad.month_invalid": "строка {line}: не удалось прочитать месяц «{text}»",
  "actuals.bad.amount_invalid": "строка {line}: не удалось прочитать сумму «{text}»",
  "actuals.bad.amount_empty": "строка {line}: нет суммы",
  "actuals.bad.total_row": "строка {line}: строка итога «{text}» пропущена",
  "actuals.archived":
    "Значения столбцов, которых нет в конфигурации ({count}), перенесены на лист Archive.",

  "failure.title": "Не получилось",
  "failure.config_invalid":
    "Лист Config содержит ошибки, книга не изменена. Исправьте ячейки из списка ниже и примените снова.",
  "failure.plan_exists":
    "В книге уже есть лист плана с данными. Чтобы перестроить его с сохранением данных, нажмите «Пересоздать шаблон с сохранением данных».",
  "failure.cell_edit_mode":
    "Excel сейчас редактирует ячейку. Нажмите Enter или Esc в таблице и повторите.",
  "failure.protected":
    "Лист защищён, и надстройка не смогла снять защиту. Снимите защиту листа (Рецензирование → Снять защиту листа) и повторите.",
  "failure.excel_error":
    "Excel отклонил изменения; книга оставлена как была. Повторите действие; если ошибка повторится, сохраните книгу и откройте её заново.",
  "failure.no_plan": "В книге нет плана. Сначала создайте шаблон на вкладке «План».",
  "failure.structure_broken":
    "Удалено или переименовано имя, таблица или лист, где хранятся значения плана, поэтому их нельзя перенести без потерь; книга не изменена. Исправьте названное и повторите.",
  "failure.columns_invalid":
    "Столбцы позиции, месяца и суммы должны быть тремя разными столбцами вставленного диапазона. Книга не изменена.",
  "failure.no_months":
    "В плане не заполнены начало или период: неизвестно, в какие месяцы писать факт. Заполните их на листе ActionPlan. Книга не изменена.",
  "failure.unexpected":
    "Действие «{action}» прервано: {detail}. Книга не изменена сверх того, что уже показано. Повторите; если не поможет, перезапустите надстройку.",
  "failure.dismiss": "Закрыть сообщение",

  "action.build": "создание шаблона",
  "action.check": "проверка плана",
  "action.select": "переход к ячейке",
  "action.write": "запись замечаний",
  "action.apply": "применение конфигурации",
  "action.upgrade": "обновление шаблона",
  "action.addRows": "добавление строк",
  "action.openConfig": "открытие листа Config",
  "action.readConfig": "чтение листа Config",
  "action.importActuals": "загрузка факта продаж",
  "action.readState": "чтение сведений о книге",

  // The pane as a KAM meets it (issue 17): first run, honest signals, compact header, finding rows.
  "header.details": "Подробнее",
  "header.detailsLabel": "Сведения о книге и язык панели",
  "header.loading": "Читаем книгу…",
  "header.noPlanShort": "В книге ещё нет плана",
  "start.noPlan":
    "В книге ещё нет плана: проверять и считать пока нечего. Сначала создайте шаблон.",
  "start.goBuild": "Перейти к созданию шаблона",
  "config.noSheet":
    "В книге нет листа Config: он появляется вместе с шаблоном плана. Создайте шаблон на вкладке «План».",
  "check.ranAt": "Проверено в {time}",
  "check.stale": "Книга изменилась после проверки в {time}. Проверьте снова.",
  "check.code": "Код замечания: {code}",
  "check.toolbarLabel": "Проверка: действия и итоги",
  "numbers.budgetOver": "Перерасход бюджета",
  "numbers.aboveLimit": "выше лимита",
  "numbers.notStarted": "период ещё не начался",
} as const;

/** A key of the task pane dictionary. */
export type MessageKey = keyof typeof ru;
