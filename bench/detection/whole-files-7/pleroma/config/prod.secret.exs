import Config

config :pleroma, Pleroma.Web.Endpoint,
  url: [host: "social.acme-corp.net", scheme: "https", port: 443],
  http: [ip: {127, 0, 0, 1}, port: 4000],
  secret_key_base: "kaC4YEU2DFoAayhMvY72ZQFnF8VzzubgGlUBdzSqsB3sQWLy/sjOnmvlXZEAq1Gb",
  live_view: [signing_salt: "7TKb4Xl1"],
  signing_salt: "zUKZgfOY"

config :pleroma, :instance,
  name: "Acme Social",
  email: "admin@acme-corp.net",
  registrations_open: false

config :pleroma, Pleroma.Repo,
  adapter: Ecto.Adapters.Postgres,
  username: "pleroma",
  password: "jb1giGEkHFzfu6ZJ04A8PucJKL44O0PB0LKGzFx0eIMKlfbd53act7bxuvllDhdi",
  database: "pleroma",
  hostname: "localhost"

config :web_push_encryption, :vapid_details,
  subject: "mailto:admin@acme-corp.net",
  public_key: "Bc07HHHlNNeoQ3GHRUrPaeoi1atuvgGUlwE68hPrljdXcq8jlUVo8frK0KR12kkdfer_BgCm_MjF3mLtfV8S3iw",
  private_key: "IA8LdRTZ0IVsCluCGBiDsQqOXSLMB893TpADHSFLSAA"

config :joken, default_signer: "Qp1fRfc97YnC/Od8U3R/gVvBg7vVxWLHM6hlWT110V/SIN/0Y4WqogEXKmSQBg3p"
