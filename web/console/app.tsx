import { useEffect, useState } from "preact/hooks";
import { initialLanguage, type Language, LanguageContext, rememberLanguage } from "../i18n";
import { ExecutionList } from "./execution-list";
import { ExecutionPage } from "./execution-page";
import { useConsolePage } from "./location";

/** The local executions console: the list, or one execution; the portal's language choice is shared. */
export function ConsoleApp() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const page = useConsolePage();
  useEffect(() => rememberLanguage(language), [language]);
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      {page.page === "execution" ? (
        <ExecutionPage key={page.executionArn} executionArn={page.executionArn} />
      ) : (
        <ExecutionList query={page.query} />
      )}
    </LanguageContext.Provider>
  );
}
