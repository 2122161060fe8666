# Path to your oh-my-zsh installation.
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git docker kubectl aws)
source $ZSH/oh-my-zsh.sh

export LANG=en_US.UTF-8
export PATH="/opt/homebrew/bin:$PATH"
export HOMEBREW_GITHUB_API_TOKEN=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
export OPENAI_API_KEY=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
export SLACK_BOT_TOKEN=xoxb-16959901459-3164387941619-4hhN2d7Tx7q3LfN3av7zwehk
export SENTRY_AUTH_TOKEN=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
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && \. "$NVM_DIR/nvm.sh"

alias dc='docker compose'
alias tf='terraform'
