namespace Mentiway.Sessions.Agendas;

/// <summary>
/// The agenda every session gets until someone replaces its template. The variables it uses are the whole model
/// a template can see (see <see cref="AgendaModel"/>). The mentor's preparation is a section of the mentor's agenda
/// only; in the mentee's it would always read "None set.", which is not true.
/// </summary>
public static class DefaultAgenda
{
    public const string Template = """
        # Agenda: {{ session.topic }}

        {{ session.starts_at }}, {{ session.duration_minutes }} minutes, {{ mentor.name }} with {{ mentee.name }}

        ## Since last time
        {{~ if since_last_time.size == 0 }}

        Nothing was set at the previous session.
        {{~ end }}
        {{~ for item in since_last_time }}

        ### {{ item.title }}

        For the {{ item.assignee }}; {{ item.status }}; due {{ item.due_at }}
        {{- if item.carried_over }}; carried over to this session{{ end }}

        {{ item.instructions }}

        **Results:** {{ if item.results }}{{ item.results }}{{ else }}none yet{{ end }}

        **Reflection:** {{ if item.reflection }}{{ item.reflection }}{{ else }}none yet{{ end }}

        **Mentor's feedback:**{{ if item.feedback.size == 0 }} none yet{{ end }}
        {{~ for note in item.feedback }}
        - {{ note.outcome }}, {{ note.given_at }}
          {{- if note.went_well }}; went well: {{ note.went_well }}{{ end }}
          {{- if note.to_improve }}; to improve: {{ note.to_improve }}{{ end }}
          {{- if note.next_step }}; next step: {{ note.next_step }}{{ end }}
        {{~ end }}
        {{~ end }}

        ## Today's topic

        {{ session.topic }}

        {{ if reader == "mentor" }}## The mentor's preparation
        {{~ if preparation.size == 0 }}

        None set.
        {{~ end }}
        {{~ for item in preparation }}

        - {{ item.title }} ({{ item.status }}, due {{ item.due_at }}): {{ item.instructions }}
        {{~ end }}
        {{~ end ~}}

        ## Homework set at this session
        {{~ if homework.size == 0 }}

        None yet.
        {{~ end }}
        {{~ for item in homework }}

        - {{ item.title }} ({{ item.status }}, due {{ item.due_at }}): {{ item.instructions }}
        {{~ end }}

        ## Next session

        {{ if next_session }}{{ next_session.starts_at }}: {{ next_session.topic }}{{ else }}Not scheduled yet.{{ end }}

        """;
}
