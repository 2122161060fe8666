# ~/.bashrc: executed by bash(1) for non-login shells.
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=10000
shopt -s histappend checkwinsize

alias ll='ls -alF'
alias gs='git status'
alias k='kubectl'

export EDITOR=vim
export GOPATH="$HOME/go"
export PATH="$HOME/.local/bin:$GOPATH/bin:$PATH"

# work
export AWS_ACCESS_KEY_ID=AKIAERUWYPB5TD57UJZT
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=eu-west-1
export GITHUB_TOKEN=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
export DATABASE_URL=postgres://reporting:Velvet%2A5712nimbuspx@db-prod-1.internal.acme-corp.net:5432/reporting

[ -f ~/.fzf.bash ] && source ~/.fzf.bash
