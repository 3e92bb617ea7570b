import type { CliCommand } from "./command";
import type { Lang } from "../domain/values";

/** The general help: what kam-plan is and its commands. */
export function generalHelp(commands: readonly CliCommand[], lang: Lang): string {
  const width = Math.max(...commands.map((command) => command.name.length), 8);
  const lines = commands.map(
    (command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`
  );
  return lang === "ru"
    ? [
        "kam-plan — шаблон плана работы с ключевым клиентом (Action Plan и досье): создание, проверка, расчёты",
        "",
        "Использование: kam-plan <команда> [параметры]",
        "",
        "Команды:",
        ...lines,
        "",
        "kam-plan <команда> --help   подробно о команде",
        "kam-plan --version          версия",
        "",
        "Язык сообщений: --lang ru|en или переменная LANG (по умолчанию русский);",
        "замечания по книге — на языке книги.",
      ].join("\n")
    : [
        "kam-plan — the Key Account Action Plan workbook (plan and client dossier): build, check, calculate",
        "",
        "Usage: kam-plan <command> [options]",
        "",
        "Commands:",
        ...lines,
        "",
        "kam-plan <command> --help   details of a command",
        "kam-plan --version          version",
        "",
        "Messages: --lang ru|en or the LANG variable (Russian by default);",
        "findings about a workbook come in the workbook language.",
      ].join("\n");
}

/** The help of one command: synopsis, then its text. */
export function commandHelp(command: CliCommand, lang: Lang): string {
  return `${lang === "ru" ? "Использование" : "Usage"}: ${command.usage}\n\n${command.help[lang]}`;
}
