package dev.ratebot.core.query;

import java.util.Map;

/**
 * Roles other than backend development, which the data does not cover. A question naming one gets a
 * plain problem ("it has no figures for frontend developers") rather than backend figures. "mobile"
 * is a role here, not the city in Alabama.
 */
final class Roles {
  private static final String FRONTEND = "frontend developers";
  private static final String DEVOPS = "DevOps and cloud engineers";
  private static final String DATA = "data engineers and scientists";
  private static final String ML = "ML and AI engineers";
  private static final String MOBILE = "mobile developers";
  private static final String QA = "QA engineers and testers";
  private static final String FULLSTACK = "full-stack developers";
  private static final String DESIGN = "designers";
  private static final String EMBEDDED = "embedded developers";
  private static final String GAMES = "game developers";
  private static final String SECURITY = "security engineers";
  private static final String BLOCKCHAIN = "blockchain developers";
  private static final String MANAGERS = "managers";
  private static final String DBA = "database administrators";

  /** Each role word or phrase, as typed (normalised on use), with the role as answers name it. */
  static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("frontend", FRONTEND),
          Map.entry("front end", FRONTEND),
          Map.entry("front-end", FRONTEND),
          Map.entry("react", FRONTEND),
          Map.entry("reactjs", FRONTEND),
          Map.entry("angular", FRONTEND),
          Map.entry("vue", FRONTEND),
          Map.entry("vuejs", FRONTEND),
          Map.entry("svelte", FRONTEND),
          Map.entry("css", FRONTEND),
          Map.entry("html", FRONTEND),
          Map.entry("devops", DEVOPS),
          Map.entry("dev ops", DEVOPS),
          Map.entry("sre", DEVOPS),
          Map.entry("site reliability", DEVOPS),
          Map.entry("sysadmin", DEVOPS),
          Map.entry("cloud", DEVOPS),
          Map.entry("data", DATA),
          Map.entry("data engineer", DATA),
          Map.entry("data engineers", DATA),
          Map.entry("data scientist", DATA),
          Map.entry("data scientists", DATA),
          Map.entry("data science", DATA),
          Map.entry("data analyst", DATA),
          Map.entry("analyst", DATA),
          Map.entry("analysts", DATA),
          Map.entry("ml", ML),
          Map.entry("machine learning", ML),
          Map.entry("ai", ML),
          Map.entry("mlops", ML),
          Map.entry("mobile", MOBILE),
          Map.entry("ios", MOBILE),
          Map.entry("android", MOBILE),
          Map.entry("flutter", MOBILE),
          Map.entry("react native", MOBILE),
          Map.entry("qa", QA),
          Map.entry("tester", QA),
          Map.entry("testers", QA),
          Map.entry("test engineer", QA),
          Map.entry("sdet", QA),
          Map.entry("quality assurance", QA),
          Map.entry("fullstack", FULLSTACK),
          Map.entry("full stack", FULLSTACK),
          Map.entry("full-stack", FULLSTACK),
          Map.entry("designer", DESIGN),
          Map.entry("designers", DESIGN),
          Map.entry("design", DESIGN),
          Map.entry("ux", DESIGN),
          Map.entry("ui", DESIGN),
          Map.entry("embedded", EMBEDDED),
          Map.entry("firmware", EMBEDDED),
          Map.entry("game", GAMES),
          Map.entry("gamedev", GAMES),
          Map.entry("unity", GAMES),
          Map.entry("security", SECURITY),
          Map.entry("cybersecurity", SECURITY),
          Map.entry("pentester", SECURITY),
          Map.entry("blockchain", BLOCKCHAIN),
          Map.entry("web3", BLOCKCHAIN),
          Map.entry("solidity", BLOCKCHAIN),
          Map.entry("manager", MANAGERS),
          Map.entry("managers", MANAGERS),
          Map.entry("cto", MANAGERS),
          Map.entry("director", MANAGERS),
          Map.entry("vp", MANAGERS),
          Map.entry("dba", DBA));

  /** "data" after these words is the dataset, not a role: "how reliable is this data". */
  static final java.util.List<String> NOT_ROLES =
      java.util.List.of(
          "the data", "this data", "that data", "your data", "its data", "the dataset");

  private Roles() {}

  /** The problem for a question about roles the data does not cover. */
  static String problem(java.util.Collection<String> roles) {
    return "ratebot's data covers backend developers only; it has no figures for "
        + String.join(" or ", roles)
        + ".";
  }
}
